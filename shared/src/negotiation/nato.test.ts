// Clauses that commit NATO (ADR 0008): the North Atlantic Council must adopt their catalogue item,
// through the Council's own machinery, before the text is signed.
import { describe, expect, it } from 'vitest';
import { COMPROMISE_TEXT } from './compromiseFixture';
import { cohesionTarget } from './cohesion';
import type { Command } from '../engine/commands';
import { decide } from '../engine/decide';
import { initialState } from '../engine/evolve';
import { advanceTo, ctxFor, playTurns, run, seat } from '../engine/harness';
import { actorFor } from '../engine/legal';
import type { ExerciseState } from '../engine/state';
import { ScenarioSchema } from '../scenario/schema';
import { viewFor } from '../visibility/view';
import { nacAdopts } from './nacFixture';
import { nacConsentOf, pendingNatoItems } from './nato';
import { requiredParties } from './state';
import { ukraineFile, ukraineScenario } from './testScenario';

const raw = ukraineFile();
const scenario = ukraineScenario();
const negotiation = scenario.negotiation!;
const PARTIES = negotiation.parties.map((p) => p.seat);
const REQUIRED = requiredParties(negotiation);
const presence = { connectedSeats: new Set<string>(), controlConnections: 0 };

const TEXT = COMPROMISE_TEXT;

function atTable(seated: readonly string[] = PARTIES): ExerciseState {
  let state = seat(
    initialState({
      type: 'exerciseCreated',
      exerciseId: 'ex-nac',
      code: 'NAC234',
      title: 'NAC',
      createdAt: '2026-11-23T09:00:00.000Z',
      scenario,
      seed: 3,
    }),
    ...seated,
  );
  state = run(state, 'control', { type: 'startExercise' });
  return advanceTo(state, 'consultation');
}

/** Proposed by the US, every clause initialled by every party: only the Council is missing. */
function readyToSign(seated: readonly string[] = PARTIES): ExerciseState {
  let s = run(atTable(seated), 'us', { type: 'proposeDraft', clauses: TEXT });
  for (const party of seated)
    for (const issue of negotiation.issues) s = run(s, party, { type: 'initialClause', issueId: issue.id });
  return s;
}

function refusal(state: ExerciseState, seatId: string, command: Command) {
  const result = decide(state, command, ctxFor(state, seatId));
  if (result.ok) throw new Error(`expected ${command.type} by ${seatId} to be refused`);
  return result.error;
}

describe('the ceasefire scenario’s NATO clauses', () => {
  it('names the allies at the table, the Secretary General as chair, and the options that commit NATO', () => {
    expect(scenario.allies.map((a) => a.id)).toEqual([
      'us',
      'uk',
      'france',
      'germany',
      'poland',
      'hungary',
      'turkey',
    ]);
    expect(negotiation.nato?.chair).toBe('nato-sg');
    const flagged = negotiation.issues.flatMap((i) =>
      i.options.flatMap((o) => (o.natoItem ? [`${i.id}/${o.id} → ${o.natoItem}`] : [])),
    );
    expect(flagged).toEqual([
      'nato-membership/open → nato-open-door',
      'security-guarantees/article-5-like → nato-backed-guarantee',
      'reassurance-lead/no-nato-troops → nato-no-troops-in-ukraine',
    ]);
  });

  it('the scenario check refuses unknown NATO items, a chair who is not a party, NATO clauses without allies', () => {
    /** The file's shape, as far as these edits reach into it. */
    interface Raw {
      negotiation: { issues: { options: { natoItem?: string }[] }[]; nato: { chair: string } };
      allies: unknown[];
    }
    const problems = (edit: (s: Raw) => void) => {
      const copy = structuredClone(raw) as unknown as Raw;
      edit(copy);
      const result = ScenarioSchema.safeParse(copy);
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(problems(() => {})).toEqual([]);
    expect(
      problems((s) => {
        s.negotiation.issues[4]!.options[0]!.natoItem = 'nato-nothing';
      }),
    ).toEqual(['negotiation.issues.4.options.0.natoItem: no catalogue item "nato-nothing"']);
    expect(
      problems((s) => {
        s.negotiation.nato.chair = 'observer';
      }),
    ).toEqual(['negotiation.nato.chair: no party "observer"']);
    expect(
      problems((s) => {
        s.allies = [];
      }),
    ).toContain(
      'negotiation.issues: options that commit NATO need the allies of the North Atlantic Council (allies)',
    );
  });
});

describe('signing a text that commits NATO (ADR 0008)', () => {
  it('is refused with NO_NAC_CONSENSUS naming the clause until the Council adopts it; the refusal changes nothing', () => {
    let s = readyToSign();
    expect(pendingNatoItems(s)).toEqual(['nato-backed-guarantee']);
    const before = JSON.stringify(s);
    const error = refusal(s, 'ukraine', { type: 'signDraft' });
    expect(error.code).toBe('NO_NAC_CONSENSUS');
    expect(error.message).toContain(
      'Security guarantees needs “Allies back guarantees modelled on Article 5” (not tabled in the Council)',
    );
    expect(JSON.stringify(s)).toBe(before);

    s = run(s, 'nato-sg', { type: 'tableDraft', itemIds: ['nato-backed-guarantee'] });
    const cohesionRules = s.scenario.negotiation!.cohesion!;
    const unblocked = cohesionTarget(s, cohesionRules);
    s = run(s, 'hungary', { type: 'takePosition', draftId: 'd1', position: 'object', text: 'No.' });
    const blocked = JSON.stringify(s);
    expect(refusal(s, 'us', { type: 'signDraft' }).message).toContain('(blocked by Hungary)');
    expect(JSON.stringify(s)).toBe(blocked);
    // A blocked NATO clause pulls the Alliance's cohesion down at the next adjudication.
    expect(cohesionTarget(s, cohesionRules)).toEqual({
      ...unblocked,
      blockedClauses: 1,
      level: unblocked.level - cohesionRules.blockedWeight,
    });

    // The chair withdraws the draft; a new one carries the item; every ally supports it.
    s = run(s, 'nato-sg', { type: 'withdrawDraft', draftId: 'd1' });
    s = nacAdopts(s);
    expect(nacConsentOf(s, 'security-guarantees')?.status).toBe('adopted');
    for (const party of REQUIRED) s = run(s, party, { type: 'signDraft' });
    expect(s.negotiation!.signedAt).not.toBeNull();
  });

  it('a text that commits NATO to nothing is signed without the Council', () => {
    let s = run(atTable(), 'us', {
      type: 'proposeDraft',
      clauses: { ...TEXT, 'security-guarantees': 'bilateral-assurances' },
    });
    for (const party of PARTIES)
      for (const issue of negotiation.issues) s = run(s, party, { type: 'initialClause', issueId: issue.id });
    expect(pendingNatoItems(s)).toEqual([]);
    for (const party of REQUIRED) s = run(s, party, { type: 'signDraft' });
    expect(s.negotiation!.signedAt).not.toBeNull();
    expect(s.council.draftOrder).toEqual([]);
  });

  it('amending a clause to another NATO option needs that item adopted too', () => {
    let s = nacAdopts(readyToSign());
    s = run(s, 'ukraine', { type: 'amendClause', issueId: 'nato-membership', optionId: 'open' });
    expect(pendingNatoItems(s)).toEqual(['nato-open-door']);
    expect(nacConsentOf(s, 'security-guarantees')?.status).toBe('adopted');
  });
});

describe('the Council at the ceasefire talks', () => {
  it('only the chair’s seat tables, only allies take positions', () => {
    const s = readyToSign();
    const table: Command = { type: 'tableDraft', itemIds: ['nato-backed-guarantee'] };
    expect(refusal(s, 'russia', table).code).toBe('NOT_THE_CHAIR');
    expect(refusal(s, 'us', table).code).toBe('NOT_THE_CHAIR');
    const tabled = run(s, 'nato-sg', table);
    const support: Command = { type: 'takePosition', draftId: 'd1', position: 'support' };
    expect(refusal(tabled, 'ukraine', support).code).toBe('NOT_AN_ALLY');
    expect(refusal(tabled, 'nato-sg', support).code).toBe('NOT_AN_ALLY');
    expect(refusal(tabled, 'eu', support).code).toBe('NOT_AN_ALLY');
  });

  it('an ally nobody plays is answered by its capital, as in the Council; Control chairs for an empty chair', () => {
    const seated = PARTIES.filter((p) => p !== 'hungary' && p !== 'nato-sg');
    let s = run(readyToSign(seated), 'control', { type: 'tableDraft', itemIds: ['nato-backed-guarantee'] });
    for (const ally of s.council.allyOrder.filter((a) => a !== 'hungary')) {
      const support: Command = { type: 'takePosition', draftId: 'd1', position: 'support' };
      if (decide(s, support, ctxFor(s, ally)).ok) s = run(s, ally, support);
    }
    s = playTurns(s, 1);
    const hungary = s.council.drafts.d1!.positions.hungary!;
    expect(hungary.source).toBe('capital');
    // Budapest opposes any NATO commitment to Ukraine: its capital blocks the guarantee.
    expect(['object', 'requestAmendment']).toContain(hungary.position);
    expect(nacConsentOf(s, 'security-guarantees')).toMatchObject({
      status: 'blocked',
      blockers: [{ id: 'hungary', name: { en: 'Hungary', fr: 'Hongrie' } }],
    });
  });

  it('allies and the chair see the Council; the other parties see only where it stands on each clause', () => {
    const s = run(readyToSign(), 'nato-sg', { type: 'tableDraft', itemIds: ['nato-backed-guarantee'] });
    const view = (seatId: string) => viewFor(s, actorFor(s, seatId), presence);
    for (const seatId of ['us', 'hungary', 'turkey', 'nato-sg'])
      expect(view(seatId).council, seatId).not.toBeNull();
    for (const seatId of ['russia', 'ukraine', 'eu']) {
      expect(view(seatId).council, seatId).toBeNull();
      const clause = view(seatId).negotiation!.clauses.find((c) => c.issueId === 'security-guarantees')!;
      expect(clause.nac).toMatchObject({ itemId: 'nato-backed-guarantee', status: 'pending', draftId: 'd1' });
    }
  });
});

describe('red lines per clause (visibility)', () => {
  it('a party’s view holds only its own red-line options; Control holds every party’s', () => {
    const s = readyToSign();
    for (const reader of PARTIES) {
      const talks = viewFor(s, actorFor(s, reader), presence).negotiation!;
      expect(talks.dossiers).toEqual([]);
      expect(talks.own?.seat).toBe(reader);
      // No other party's dossier, hence none of its red-line markers, travels in the view.
      const text = JSON.stringify(talks);
      expect(text.split('"redLineOptions"').length - 1, reader).toBe(1);
    }
    const ukraine = viewFor(s, actorFor(s, 'ukraine'), presence).negotiation!.own!;
    expect(ukraine.redLineOptions).toEqual({
      'line-of-contact': ['de-facto-recognition'],
      'army-cap': ['cap-600k'],
      'nato-membership': ['renounce'],
      'security-guarantees': ['none'],
    });
    const control = viewFor(s, { seatId: null, isControl: true }, presence).negotiation!;
    expect(control.dossiers.map((d) => d.seat)).toEqual(PARTIES);
    expect(control.dossiers.find((d) => d.seat === 'russia')!.redLineOptions['army-cap']).toEqual(['no-cap']);
  });
});
