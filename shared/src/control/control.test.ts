import { describe, expect, it } from 'vitest';
import { decide } from '../engine/decide';
import { evolve, initialState, replay, seatForTokenHash } from '../engine/evolve';
import { created } from '../engine/fixtures';
import { advanceTo, run, runLogged, seat, WALL_START } from '../engine/harness';
import { legalCommands } from '../engine/legal';
import type { Command } from '../engine/commands';
import type { GameEvent } from '../engine/events';
import type { Actor, DecideContext, ExerciseState } from '../engine/state';
import { viewFor } from '../visibility/view';
import { CommandSchema } from '../engine/commands';
import { overridesOf } from './overrides';

const lead: Actor = { seatId: null, isControl: true };
const assistant: Actor = {
  seatId: null,
  isControl: true,
  controlRole: 'assistant',
  controlKeyId: 'assistant-1',
};
const ctx = (actor: Actor, newSeatTokenHash = 'a'.repeat(64)): DecideContext => ({
  actor,
  now: WALL_START,
  newSeatTokenHash,
});
const nobody = { connectedSeats: new Set<string>(), controlConnections: 0 };

const lobby = initialState(created);
const started = run(lobby, 'control', { type: 'startExercise' });

function apply(state: ExerciseState, command: Command, actor: Actor = lead): ExerciseState {
  const result = decide(state, CommandSchema.parse(command), ctx(actor));
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value.reduce(evolve, state);
}

/** The refusal's code; the state must come out byte for byte as it went in. */
function refusal(state: ExerciseState, command: Command, actor: Actor = lead): string {
  const before = JSON.stringify(state);
  const result = decide(state, command, ctx(actor));
  expect(JSON.stringify(state)).toBe(before);
  return result.ok ? 'accepted' : result.error.code;
}

describe('repeating a phase', () => {
  it('restarts the decision phase from its full length with submissions cleared', () => {
    const seated = seat(started, 'usa', 'est');
    const decision = advanceTo(seated, 'decision');
    const submitted = run(decision, 'usa', { type: 'submitMoves' }, '2026-11-23T10:04:00.000Z');
    expect(submitted.session.submitted).toEqual(['usa']);
    const later = '2026-11-23T10:04:30.000Z';
    const { state, events } = runLogged(submitted, 'control', { type: 'repeatPhase' }, later);
    expect(events.map((e) => e.type)).toEqual(['phaseRepeated', 'phaseStarted']);
    expect(state.session.phase).toBe('decision');
    expect(state.session.submitted).toEqual([]);
    expect(state.session.phaseEndsAt).toBe('2026-11-23T10:09:30.000Z');
    expect(state.clock).toEqual(submitted.clock);
  });

  it('keeps a paused phase paused, with the full length left', () => {
    const paused = run(started, 'control', { type: 'pauseExercise' });
    const state = apply(paused, { type: 'repeatPhase' });
    expect(state.session).toMatchObject({ status: 'paused', phaseEndsAt: null, remainingSeconds: 60 });
  });

  it('is refused in the lobby and to players', () => {
    expect(refusal(lobby, { type: 'repeatPhase' })).toBe('WRONG_PHASE');
    expect(refusal(started, { type: 'repeatPhase' }, { seatId: 'usa', isControl: false })).toBe(
      'NOT_CONTROL',
    );
  });
});

describe('ad-hoc injects', () => {
  const secret: Command = {
    type: 'injectAdHoc',
    title: 'Cable for Tallinn',
    body: 'CANARY-adhoc-est',
    audience: ['est'],
    measureEffects: [{ measure: 'cohesion', delta: -7 }],
  };

  it('reaches its audience only: no other seat receives a byte of it', () => {
    const state = apply(seat(started, 'usa', 'est'), secret);
    expect(state.measures.cohesion).toBe(started.measures.cohesion - 7);
    const est = viewFor(state, { seatId: 'est', isControl: false }, nobody);
    expect(est.injects.find((i) => i.adHoc)).toMatchObject({
      title: 'Cable for Tallinn',
      text: 'CANARY-adhoc-est',
    });
    expect(est.injects.find((i) => i.adHoc)?.audience).toBeUndefined();
    for (const viewer of ['usa', 'deu', 'red', 'observer', 'secgen', 'saceur', null]) {
      const view = viewFor(state, { seatId: viewer, isControl: false }, nobody);
      expect(JSON.stringify(view)).not.toContain('CANARY-adhoc-est');
      expect(JSON.stringify(view)).not.toContain('Cable for Tallinn');
    }
    const control = viewFor(state, lead, nobody);
    expect(control.injects.find((i) => i.adHoc)).toMatchObject({ id: 'adhoc-1', audience: ['est'] });
  });

  it('goes to every seat when addressed to all, numbered in order', () => {
    const once = apply(started, { type: 'injectAdHoc', title: 'Flash', body: 'Jamming.', audience: 'all' });
    const twice = apply(once, {
      type: 'injectAdHoc',
      title: 'Flash 2',
      body: 'More jamming.',
      audience: 'all',
    });
    const red = viewFor(twice, { seatId: 'red', isControl: false }, nobody);
    expect(red.injects.filter((i) => i.adHoc).map((i) => i.id)).toEqual(['adhoc-1', 'adhoc-2']);
  });

  it('refuses an unknown seat in the audience, and the lobby', () => {
    expect(refusal(started, { ...secret, audience: ['est', 'atlantis'] } as Command)).toBe('NO_SUCH_SEAT');
    expect(refusal(lobby, secret)).toBe('WRONG_PHASE');
  });
});

describe('overriding a result', () => {
  it('sets a measure and records what it replaced and why', () => {
    const rationale = 'Control judges the alliance more divided after the leak.';
    const state = apply(started, {
      type: 'overrideResult',
      target: { kind: 'measure', measure: 'cohesion', value: 35 },
      rationale,
    });
    expect(state.measures.cohesion).toBe(35);
    const log: GameEvent[] = [created, ...runLogged(lobby, 'control', { type: 'startExercise' }).events];
    const result = decide(
      started,
      { type: 'overrideResult', target: { kind: 'measure', measure: 'cohesion', value: 35 }, rationale },
      ctx(lead),
    );
    if (!result.ok) throw new Error('refused');
    const overrides = overridesOf([...log, ...result.value]);
    expect(overrides).toEqual([
      expect.objectContaining({
        seq: log.length,
        previous: started.measures.cohesion,
        rationale,
        target: { kind: 'measure', measure: 'cohesion', value: 35 },
      }),
    ]);
  });

  it('overturns an ally position on a live draft, and consensus follows when all support', () => {
    const consultation = advanceTo(started, 'consultation');
    const tabled = apply(consultation, { type: 'tableDraft', itemIds: ['article-4'] });
    const draftId = tabled.council.draftOrder[0] ?? '';
    const objecting = apply(tabled, {
      type: 'overrideResult',
      target: { kind: 'position', draftId, allyId: 'usa', position: 'object' },
      rationale: 'The capital would object after the domestic row.',
    });
    // Control's hand shows as Control's, and its rationale stays Control's unless it shares it.
    expect(objecting.council.drafts[draftId]?.positions.usa).toMatchObject({
      position: 'object',
      reviewAt: null,
      source: 'control',
      text: null,
    });
    const shared = apply(tabled, {
      type: 'overrideResult',
      target: { kind: 'position', draftId, allyId: 'hun', position: 'object' },
      rationale: 'Budapest holds out for a side deal.',
      shareRationale: true,
    });
    expect(shared.council.drafts[draftId]?.positions.hun).toMatchObject({
      source: 'control',
      text: 'Budapest holds out for a side deal.',
    });
    let all = objecting;
    for (const allyId of all.council.allyOrder) {
      all = apply(all, {
        type: 'overrideResult',
        target: { kind: 'position', draftId, allyId, position: 'support' },
        rationale: 'Control rules every capital comes round to support.',
      });
    }
    expect(all.council.drafts[draftId]?.status).toBe('adopted');
  });

  it('refuses a rationale too short, an unknown draft, a value it already has', () => {
    const short = CommandSchema.safeParse({
      type: 'overrideResult',
      target: { kind: 'measure', measure: 'cohesion', value: 10 },
      rationale: 'because',
    });
    expect(short.success).toBe(false);
    const outOfRange = CommandSchema.safeParse({
      type: 'overrideResult',
      target: { kind: 'measure', measure: 'escalationRung', value: 45 },
      rationale: 'Control rules the crisis has gone nuclear.',
    });
    expect(outOfRange.success).toBe(false);
    const position = { kind: 'position', draftId: 'nope', allyId: 'usa', position: 'support' } as const;
    expect(
      refusal(started, { type: 'overrideResult', target: position, rationale: 'A long enough reason.' }),
    ).toBe('NO_SUCH_DRAFT');
    const same = { kind: 'measure', measure: 'cohesion', value: started.measures.cohesion } as const;
    expect(
      refusal(started, { type: 'overrideResult', target: same, rationale: 'A long enough reason.' }),
    ).toBe('ALREADY_DONE');
    expect(refusal(lobby, { type: 'overrideResult', target: same, rationale: 'A long enough reason.' })).toBe(
      'WRONG_PHASE',
    );
  });
});

describe('seats', () => {
  it('assigns a free seat to a named person whose token then finds the seat', () => {
    const result = decide(
      lobby,
      { type: 'assignSeat', seatId: 'est', displayName: 'Eve' },
      ctx(lead, 'f'.repeat(64)),
    );
    if (!result.ok) throw new Error('refused');
    const state = result.value.reduce(evolve, lobby);
    expect(state.seats.est).toMatchObject({ displayName: 'Eve' });
    expect(seatForTokenHash(state, 'f'.repeat(64))).toBe('est');
    // The token's hash never leaves the server.
    expect(JSON.stringify(viewFor(state, lead, nobody))).not.toContain('f'.repeat(64));
  });

  it('refuses to assign a held seat, a control seat or an unknown seat', () => {
    const held = seat(lobby, 'est');
    expect(refusal(held, { type: 'assignSeat', seatId: 'est', displayName: 'Eve' })).toBe('SEAT_TAKEN');
    expect(refusal(lobby, { type: 'assignSeat', seatId: 'control', displayName: 'Eve' })).toBe(
      'SEAT_RESERVED_FOR_CONTROL',
    );
    expect(refusal(lobby, { type: 'assignSeat', seatId: 'nope', displayName: 'Eve' })).toBe('NO_SUCH_SEAT');
    expect(
      refusal(
        lobby,
        { type: 'assignSeat', seatId: 'est', displayName: 'Eve' },
        { seatId: 'usa', isControl: false },
      ),
    ).toBe('NOT_CONTROL');
  });

  it('swaps two holders, or moves one into an empty seat, tokens and all', () => {
    const two = seat(lobby, 'usa', 'est');
    const swapped = apply(two, { type: 'swapSeats', a: 'usa', b: 'est' });
    expect(swapped.seats.usa?.displayName).toBe('Player est');
    expect(swapped.seats.est?.displayName).toBe('Player usa');
    expect(seatForTokenHash(swapped, 'hash-usa')).toBe('est');
    const moved = apply(seat(lobby, 'usa'), { type: 'swapSeats', a: 'usa', b: 'deu' });
    expect(moved.seats.usa).toBeUndefined();
    expect(moved.seats.deu?.displayName).toBe('Player usa');
  });

  it('refuses a swap of a seat with itself, of two empty seats, or with Control', () => {
    expect(refusal(seat(lobby, 'usa'), { type: 'swapSeats', a: 'usa', b: 'usa' })).toBe('SAME_SEAT');
    expect(refusal(lobby, { type: 'swapSeats', a: 'usa', b: 'est' })).toBe('NO_SUCH_SEAT');
    expect(refusal(seat(lobby, 'usa'), { type: 'swapSeats', a: 'usa', b: 'control' })).toBe(
      'SEAT_RESERVED_FOR_CONTROL',
    );
  });
});

describe('bots', () => {
  it('hands an empty seat to a bot whose holder no token can match, and takes it back', () => {
    const bot = apply(lobby, { type: 'handSeatToBot', seatId: 'red' });
    expect(bot.seats.red).toMatchObject({ displayName: 'Bot', bot: true, claimedAt: WALL_START });
    expect(
      viewFor(bot, { seatId: 'usa', isControl: false }, nobody).seats.find((s) => s.id === 'red')?.holder,
    ).toEqual({ displayName: 'Bot', bot: true });
    expect(seatForTokenHash(bot, '')).toBeNull();
    const back = apply(bot, { type: 'takeSeatFromBot', seatId: 'red' });
    expect(back.seats.red).toBeUndefined();
  });

  it('refuses a person’s seat, control and observer seats, a seat a bot already plays, and a human seat to take back', () => {
    expect(refusal(seat(lobby, 'red'), { type: 'handSeatToBot', seatId: 'red' })).toBe('SEAT_TAKEN');
    expect(refusal(lobby, { type: 'handSeatToBot', seatId: 'control' })).toBe('SEAT_NOT_PLAYABLE');
    expect(refusal(lobby, { type: 'handSeatToBot', seatId: 'observer' })).toBe('SEAT_NOT_PLAYABLE');
    const bot = apply(lobby, { type: 'handSeatToBot', seatId: 'red' });
    expect(refusal(bot, { type: 'handSeatToBot', seatId: 'red' })).toBe('ALREADY_DONE');
    expect(refusal(seat(lobby, 'red'), { type: 'takeSeatFromBot', seatId: 'red' })).toBe('NOT_A_BOT_SEAT');
  });
});

describe('broadcasts', () => {
  it('reaches every seat and stays in the record', () => {
    const state = apply(started, { type: 'broadcast', text: 'Coffee break: back at 11:00.' });
    for (const seatId of ['usa', 'red', 'observer', null]) {
      const view = viewFor(state, { seatId, isControl: false }, nobody);
      expect(view.broadcasts).toEqual([
        expect.objectContaining({ id: 'broadcast-1', text: 'Coffee break: back at 11:00.', turn: 1 }),
      ]);
    }
    expect(refusal(state, { type: 'broadcast', text: 'hi' }, { seatId: 'usa', isControl: false })).toBe(
      'NOT_CONTROL',
    );
  });
});

describe('the Control team', () => {
  it('lets the lead issue and revoke assistant keys, kept as hashes only', () => {
    const issued = decide(started, { type: 'issueAssistantKey', name: 'Sam' }, ctx(lead, 'c'.repeat(64)));
    if (!issued.ok) throw new Error('refused');
    const state = issued.value.reduce(evolve, started);
    expect(state.console.assistants['assistant-1']).toMatchObject({ name: 'Sam', keyHash: 'c'.repeat(64) });
    const control = viewFor(state, lead, { ...nobody, controlTeam: [{ name: 'Lea', role: 'lead' }] });
    expect(control.controlRoom?.assistantKeys).toEqual([
      { keyId: 'assistant-1', name: 'Sam', issuedAt: WALL_START, revoked: false },
    ]);
    expect(control.controlRoom?.team).toEqual([{ name: 'Lea', role: 'lead' }]);
    expect(JSON.stringify(control)).not.toContain('c'.repeat(64));
    expect(viewFor(state, { seatId: 'usa', isControl: false }, nobody).controlRoom).toBeNull();
    const revoked = apply(state, { type: 'revokeAssistantKey', keyId: 'assistant-1' });
    expect(revoked.console.assistants['assistant-1']?.revoked).toBe(true);
    expect(refusal(revoked, { type: 'revokeAssistantKey', keyId: 'assistant-1' })).toBe('NO_SUCH_ASSISTANT');
  });

  it('lets assistants run the console but not end the exercise or manage keys', () => {
    expect(refusal(started, { type: 'issueAssistantKey', name: 'Max' }, assistant)).toBe('NOT_LEAD_CONTROL');
    expect(refusal(started, { type: 'endExercise' }, assistant)).toBe('NOT_LEAD_CONTROL');
    expect(refusal(started, { type: 'broadcast', text: 'Lunch.' }, assistant)).toBe('accepted');
    expect(refusal(started, { type: 'pauseExercise' }, assistant)).toBe('accepted');
  });

  it('shows when each seat last acted, to Control only', () => {
    const presence = { ...nobody, lastActedAt: new Map([['usa', WALL_START]]) };
    expect(viewFor(started, lead, presence).controlRoom?.lastActedAt).toEqual({ usa: WALL_START });
    expect(viewFor(started, { seatId: 'usa', isControl: false }, presence).controlRoom).toBeNull();
  });
});

describe('the log', () => {
  it('rebuilds the same state from the console events alone', () => {
    let state = seat(started, 'usa');
    const log: GameEvent[] = [];
    const commands: Command[] = [
      { type: 'injectAdHoc', title: 'T', body: 'B', audience: ['usa'] },
      { type: 'broadcast', text: 'Hello' },
      { type: 'handSeatToBot', seatId: 'red' },
      { type: 'swapSeats', a: 'usa', b: 'est' },
      { type: 'repeatPhase' },
    ];
    for (const command of commands) {
      const result = decide(state, command, ctx(lead));
      if (!result.ok) throw new Error(result.error.code);
      log.push(...result.value);
      state = result.value.reduce(evolve, state);
    }
    const base = seat(started, 'usa');
    expect(log.reduce(evolve, base)).toEqual(state);
    expect(replay([created]).console).toEqual({ adHocInjects: [], broadcasts: [], assistants: {} });
  });

  it('offers Control console commands the rules accept', () => {
    const types = new Set(legalCommands(seat(started, 'usa'), 'control').map((c) => c.type));
    for (const type of [
      'repeatPhase',
      'injectAdHoc',
      'overrideResult',
      'broadcast',
      'handSeatToBot',
      'swapSeats',
      'assignSeat',
      'issueAssistantKey',
    ]) {
      expect(types).toContain(type);
    }
  });
});
