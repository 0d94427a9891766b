// Names that cannot deceive (ADR 0024): the normal form, hidden characters, the key two names
// share, role claims, and the codes a command or a join gets for each.
import { describe, expect, it } from 'vitest';
import { decide } from '../engine/decide';
import { evolve, initialState } from '../engine/evolve';
import { created } from '../engine/fixtures';
import type { Command } from '../engine/commands';
import type { DecideContext, ExerciseState } from '../engine/state';
import { parseCommand } from './input';
import { CreateExerciseRequestSchema, JoinOptionsSchema } from './messages';
import { nameIssue, nameKey, nameProblem, normaliseName } from './names';
import { claimedRole } from './roleNames';

describe('normaliseName', () => {
  it('composes to NFC, collapses every kind of space and trims', () => {
    expect(normaliseName('  Jose\u0301\u00A0 \t Ma\u3000ria\n')).toBe('José Ma ria');
    expect(normaliseName('José')).toBe('Jos\u00e9');
  });

  it('keeps what a reader sees', () => {
    expect(normaliseName('Kadri Tamm 🙂')).toBe('Kadri Tamm 🙂');
  });
});

describe('nameProblem', () => {
  it.each([
    ['zero-width only', '\u200b\u200c\u200d'],
    ['a right-to-left override', 'Ann\u202Eeht'],
    ['a bidi isolate', '\u2067Ann\u2069'],
    ['a left-to-right mark', 'Ann\u200E'],
    ['a byte-order mark', '\uFEFFAnn'],
    ['NUL', 'Kadri\u0000'],
    ['a C1 control', 'Ann\u0085'],
    ['a soft hyphen', 'An\u00ADn'],
    ['a word joiner', 'An\u2060n'],
    ['a tag character', 'Ann\u{E0041}'],
    ['a Hangul filler', '\u3164'],
    ['a lone surrogate', 'Ann\uD800'],
    ['private use', 'Ann\uE000'],
  ])('refuses %s as hidden', (_what, raw) => {
    expect(nameProblem(normaliseName(raw))).toBe('NAME_HIDDEN_CHARACTERS');
  });

  it.each([[''], ['   '], ['...'], ['—'], ['\u0301']])('refuses %j as blank', (raw) => {
    expect(nameProblem(normaliseName(raw))).toBe('NAME_BLANK');
  });

  it.each([['Ann'], ['Kadri Tamm'], ['Łukasz'], ['Ülkü'], ['李明'], ['محمد'], ['🙂'], ['J. R. 2']])(
    'takes %j',
    (raw) => expect(nameProblem(normaliseName(raw))).toBeNull(),
  );
});

describe('nameKey', () => {
  it('reads as one what a reader cannot tell apart', () => {
    const key = nameKey('P usa');
    for (const same of ['P usa\u200b', 'p  USA', 'P. Usa', 'P\u00A0usa', 'Ｐ ｕｓａ', 'P úsa']) {
      expect(nameKey(same)).toBe(key);
    }
    expect(nameKey('P usb')).not.toBe(key);
  });
});

describe('claimedRole', () => {
  const seats = created.scenario.seats;
  const player = (seatId: string | null) => ({ seatId, control: false });

  it.each([
    ['Control (White cell)'],
    ['Control'],
    ['exercise CONTROL'],
    ['Contrôle'],
    ['La cellule blanche'],
    ['White Cell team'],
    ['SACEUR'],
    ['Umpire'],
    ['arbitre'],
    ['Moderator'],
    ['modérateur'],
    ['admin'],
    ['Administrateur'],
  ])('refuses %j for a player', (name) => {
    expect(claimedRole(name, seats, player('usa'))).not.toBeNull();
  });

  it.each([
    ['United States', 'est'],
    ['États-Unis', 'est'],
    ['Delegation of Germany', 'usa'],
    ['Allemagne', 'usa'],
    ['USA', 'est'],
    ['Secretary General', 'usa'],
    ['Secrétaire général', 'usa'],
    ['Red cell', 'usa'],
    ['Cellule rouge', 'usa'],
  ])('refuses %j for seat %s', (name, seatId) => {
    expect(claimedRole(name, seats, player(seatId))).not.toBeNull();
  });

  it.each([
    ['Ann', 'usa'],
    ['USA', 'usa'],
    ['United States', 'usa'],
    ['Kadri (Estonia)', 'est'],
    ['SACEUR', 'saceur'],
    ['Ann from Delaware', 'usa'],
    ['Controller', 'usa'],
  ])('takes %j for seat %s', (name, seatId) => {
    expect(claimedRole(name, seats, player(seatId))).toBeNull();
  });

  it('lets Control name its own but not a seat', () => {
    expect(claimedRole('Control assistant', seats, { seatId: null, control: true })).toBeNull();
    expect(claimedRole('Cellule blanche 2', seats, { seatId: null, control: true })).toBeNull();
    expect(claimedRole('Germany', seats, { seatId: null, control: true })).toBe('Germany');
  });
});

describe('the codes a command, a join and a new exercise get', () => {
  const code = (raw: unknown) => {
    const parsed = parseCommand(raw);
    return parsed.ok ? 'ok' : parsed.error.code;
  };

  it.each([
    [{ type: 'claimSeat', seatId: 'usa', displayName: '\u200b\u200b' }, 'NAME_HIDDEN_CHARACTERS'],
    [{ type: 'claimSeat', seatId: 'usa', displayName: 'Ann\u202E' }, 'NAME_HIDDEN_CHARACTERS'],
    [{ type: 'claimSeat', seatId: 'usa', displayName: 'Ann\u0007' }, 'NAME_HIDDEN_CHARACTERS'],
    [{ type: 'assignSeat', seatId: 'usa', displayName: '\u2066Ann' }, 'NAME_HIDDEN_CHARACTERS'],
    [{ type: 'issueAssistantKey', name: ' ' }, 'NAME_BLANK'],
    [{ type: 'openChannel', members: ['usa', 'est'], name: 'Talks\u200f' }, 'NAME_HIDDEN_CHARACTERS'],
    [{ type: 'injectAdHoc', title: 'Alert\u202e', body: 'Text', audience: 'all' }, 'NAME_HIDDEN_CHARACTERS'],
    // NUL is refused before the schema, as everything storage cannot keep (ADR 0015).
    [{ type: 'claimSeat', seatId: 'usa', displayName: 'Kadri\u0000' }, 'BAD_REQUEST'],
    [{ type: 'claimSeat', seatId: 'usa', displayName: 'x'.repeat(61) }, 'BAD_REQUEST'],
    [{ type: 'claimSeat', seatId: 'usa', displayName: ' Kadri\u00A0 Tamm ' }, 'ok'],
  ])('%j is %s', (raw, expected) => {
    expect(code(raw)).toBe(expected);
  });

  it('stores the normal form', () => {
    const parsed = parseCommand({ type: 'claimSeat', seatId: 'usa', displayName: ' Jose\u0301\n Tamm ' });
    expect(parsed.ok && parsed.value.type === 'claimSeat' && parsed.value.displayName).toBe('José Tamm');
  });

  it('gives joins and exercise titles the same codes', () => {
    const join = JoinOptionsSchema.safeParse({ protocolVersion: 4, code: 'ABCDEF', controlName: '\u202EX' });
    expect(join.success ? null : nameIssue(join.error.issues)?.code).toBe('NAME_HIDDEN_CHARACTERS');
    const title = CreateExerciseRequestSchema.safeParse({
      protocolVersion: 4,
      scenarioId: 'baltic-tripwire',
      title: ' . ',
    });
    expect(title.success ? null : nameIssue(title.error.issues)?.code).toBe('NAME_BLANK');
  });
});

describe('names in the exercise', () => {
  const now = '2026-11-23T10:00:00.000Z';
  const player = (seatId: string | null = null): DecideContext => ({
    actor: { seatId, isControl: false },
    now,
    newSeatTokenHash: `hash-${seatId ?? 'new'}`,
  });
  const lead: DecideContext = { ...player(), actor: { seatId: null, isControl: true, controlRole: 'lead' } };
  const run = (state: ExerciseState, command: Command, ctx: DecideContext) => {
    const result = decide(state, command, ctx);
    if (!result.ok) throw new Error(result.error.code);
    return result.value.reduce(evolve, state);
  };
  const refusal = (state: ExerciseState, command: Command, ctx: DecideContext) => {
    const result = decide(state, command, ctx);
    return result.ok ? 'accepted' : result.error.code;
  };
  const seated = run(
    run(initialState(created), { type: 'claimSeat', seatId: 'usa', displayName: 'P usa' }, player()),
    { type: 'issueAssistantKey', name: 'Mara' },
    lead,
  );

  it.each([
    [{ type: 'claimSeat', seatId: 'est', displayName: 'P usa\u200b' }, player(), 'NAME_TAKEN'],
    [{ type: 'claimSeat', seatId: 'est', displayName: 'p. USA' }, player(), 'NAME_TAKEN'],
    [{ type: 'claimSeat', seatId: 'est', displayName: 'MARA' }, player(), 'NAME_TAKEN'],
    [{ type: 'claimSeat', seatId: 'est', displayName: 'Control (White cell)' }, player(), 'NAME_CLAIMS_ROLE'],
    [{ type: 'claimSeat', seatId: 'est', displayName: 'Germany' }, player(), 'NAME_CLAIMS_ROLE'],
    [{ type: 'assignSeat', seatId: 'est', displayName: 'P Usa' }, lead, 'NAME_TAKEN'],
    [{ type: 'assignSeat', seatId: 'est', displayName: 'Umpire' }, lead, 'NAME_CLAIMS_ROLE'],
    [{ type: 'issueAssistantKey', name: 'P usa' }, lead, 'NAME_TAKEN'],
    [{ type: 'issueAssistantKey', name: 'Allemagne' }, lead, 'NAME_CLAIMS_ROLE'],
    [{ type: 'issueAssistantKey', name: 'Control 2' }, lead, 'accepted'],
    [{ type: 'claimSeat', seatId: 'est', displayName: 'Kadri' }, player(), 'accepted'],
  ] as const)('%j is %s', (command, ctx, expected) => {
    expect(refusal(seated, command as Command, ctx)).toBe(expected);
  });

  it('refuses a player’s channel named for Control, and lets Control name one so', () => {
    const started = run(
      run(seated, { type: 'claimSeat', seatId: 'est', displayName: 'Kadri' }, player()),
      {
        type: 'startExercise',
      },
      lead,
    );
    const open = (name: string): Command => ({ type: 'openChannel', members: ['usa', 'est'], name });
    expect(refusal(started, open('Control notices'), player('usa'))).toBe('NAME_CLAIMS_ROLE');
    expect(refusal(started, open('Contrôle'), player('usa'))).toBe('NAME_CLAIMS_ROLE');
    expect(refusal(started, open('United States and Estonia'), player('usa'))).toBe('accepted');
    expect(refusal(started, open('Control notices'), lead)).toBe('accepted');
  });
});
