// The Ukraine deal can be reached by the players (ADR 0019): four parties and Control, nobody else
// seated and no seat handed to a bot. The EU's member states answer through their capitals, the
// Council's step is Control's while nobody holds the Secretary General's seat, and what stops a
// party signing is what the rule refuses, in the view as in the reply.
import { describe, expect, it } from 'vitest';
import { decide } from '../engine/decide';
import { initialState } from '../engine/evolve';
import { advanceTo, ctxFor, playTurns, run, seat } from '../engine/harness';
import type { ExerciseState } from '../engine/state';
import { viewFor } from '../visibility/view';
import { consentChance } from './capitals';
import { COMPROMISE_TEXT } from './compromiseFixture';
import { nacConsentOf } from './nato';
import { signBlockOf } from './signing';
import { ukraineScenario } from './testScenario';

const scenario = ukraineScenario();
const negotiation = scenario.negotiation!;
const FOUR = ['ukraine', 'russia', 'us', 'eu'] as const;
const presence = { connectedSeats: new Set<string>(), controlConnections: 0 };
const GUARANTEE = 'nato-backed-guarantee';

function atTable(seed: number, seated: readonly string[] = FOUR): ExerciseState {
  const created = initialState({
    type: 'exerciseCreated',
    exerciseId: `ex-reach-${seed}`,
    code: 'REACH2',
    title: 'Reach',
    createdAt: '2026-11-23T09:00:00.000Z',
    scenario,
    seed,
  });
  return advanceTo(run(seat(created, ...seated), 'control', { type: 'startExercise' }), 'consultation');
}

/** The US proposes the compromise (its guarantee commits NATO) and the four initial every clause. */
function initialledByTheFour(seed: number): ExerciseState {
  let s = run(atTable(seed), 'us', { type: 'proposeDraft', clauses: COMPROMISE_TEXT });
  for (const party of FOUR)
    for (const issue of negotiation.issues) s = run(s, party, { type: 'initialClause', issueId: issue.id });
  return s;
}

/** The view's reason and the rule's refusal agree for every party at the table, in every state. */
function expectViewAgreesWithRule(s: ExerciseState): void {
  for (const party of FOUR) {
    const view = viewFor(s, { seatId: party, isControl: false }, presence).negotiation!;
    const result = decide(s, { type: 'signDraft' }, ctxFor(s, party));
    expect(view.signing?.blockedBy?.code ?? null, party).toBe(result.ok ? null : result.error.code);
  }
}

/** Plays the talks as four players and Control would, until signed; returns the state and turns taken. */
function playToSignature(seed: number): { state: ExerciseState; turns: number } {
  let s = initialledByTheFour(seed);
  expectViewAgreesWithRule(s);
  s = run(s, 'control', { type: 'tableDraft', itemIds: [GUARANTEE] });
  for (let turn = 0; turn < 6; turn++) {
    const nac = nacConsentOf(s, 'security-guarantees')!;
    const draft = nac.draftId ? s.council.drafts[nac.draftId] : undefined;
    // The US delegation, a player, supports once its instructions are in.
    if (draft && !draft.positions.us) {
      const support = { type: 'takePosition', draftId: draft.id, position: 'support' } as const;
      if (decide(s, support, ctxFor(s, 'us')).ok) s = run(s, 'us', support);
    }
    // Control settles a capital's block with a rationale, as the console lets it.
    for (const blocker of nacConsentOf(s, 'security-guarantees')!.blockers) {
      s = run(s, 'control', {
        type: 'overrideResult',
        target: { kind: 'position', draftId: nac.draftId!, allyId: blocker.id, position: 'support' },
        rationale: 'The capital accepted a side assurance in the corridors.',
      });
    }
    // The Union's convener takes the loan ahead without a capital that refused it.
    const loan = viewFor(s, { seatId: 'eu', isControl: false }, presence).negotiation!.clauses.find(
      (c) => c.issueId === 'eu-loan',
    )!.eu!;
    if (loan.refused.length > 0 && loan.enhanced === null)
      s = run(s, 'eu', { type: 'invokeEnhancedCooperation', issueId: 'eu-loan' });
    expectViewAgreesWithRule(s);
    if (signBlockOf(s, 'us') === null) {
      for (const party of FOUR) s = run(s, party, { type: 'signDraft' });
      return { state: s, turns: turn };
    }
    s = playTurns(s, 1);
  }
  throw new Error(`seed ${seed}: not signable after 6 turns: ${JSON.stringify(signBlockOf(s, 'us'))}`);
}

describe('the Ukraine deal played by four parties and Control', () => {
  it('names, in the view, the condition the rule refuses signing for: first the Union, then the Council', () => {
    const s = initialledByTheFour(5);
    const view = viewFor(s, { seatId: 'us', isControl: false }, presence).negotiation!;
    expect(view.signing?.blockedBy).toEqual({ code: 'NO_EU_CONSENT', issues: ['frozen-assets', 'eu-loan'] });
    expect(viewFor(s, { seatId: null, isControl: true }, presence).negotiation!.signing).toBeNull();
    expectViewAgreesWithRule(s);
    const { state } = playToSignature(5);
    expect(state.negotiation!.signedAt).not.toBeNull();
  });

  it('reaches a signature with the NATO guarantee in it on every seed, no seat handed to a bot', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const { state, turns } = playToSignature(seed);
      expect(state.negotiation!.signedAt, `seed ${seed}`).not.toBeNull();
      expect(state.negotiation!.clauses['security-guarantees']).toBe('article-5-like');
      expect(state.council.agenda[GUARANTEE]?.adoptedAt, `seed ${seed}`).toBeTruthy();
      expect(Object.values(state.seats).some((h) => h.bot)).toBe(false);
      expect(Object.keys(state.seats).sort()).toEqual([...FOUR].sort());
      expect(turns, `seed ${seed}`).toBeLessThanOrEqual(3);
    }
  });

  it('lets the capitals of EU members nobody plays consent by a seeded draw on their priorities', () => {
    const s = playTurns(initialledByTheFour(7), 1);
    const answers = s.negotiation!.refusals;
    const france = negotiation.parties.find((p) => p.seat === 'france')!;
    const hungary = negotiation.parties.find((p) => p.seat === 'hungary')!;
    // France values keeping the assets frozen most: it always consents; Hungary rarely to the loan.
    expect(
      consentChance(negotiation, france, 'frozen-assets', 'stay-frozen', france.priorities['frozen-assets']),
    ).toBe(1);
    expect(
      consentChance(negotiation, hungary, 'eu-loan', 'disburse-90bn', hungary.priorities['eu-loan']),
    ).toBe(0.25);
    // Poland weighs neither clause: it joins the others.
    expect(
      consentChance(
        negotiation,
        negotiation.parties.find((p) => p.seat === 'poland')!,
        'eu-loan',
        'suspend',
        undefined,
      ),
    ).toBe(1);
    for (const member of ['france', 'germany', 'poland'])
      expect(s.negotiation!.initials['frozen-assets']).toContain(member);
    const hungaryAnswered =
      s.negotiation!.initials['eu-loan']?.includes('hungary') || answers['eu-loan']?.includes('hungary');
    expect(hungaryAnswered).toBe(true);
    // The same seed answers the same way: the draws ride in the events.
    expect(playTurns(initialledByTheFour(7), 1).negotiation).toEqual(s.negotiation);
  });

  it('asks a member again once the clause it refused is amended, and never answers for a seated member', () => {
    let s = initialledByTheFour(2);
    s = seat(s, 'hungary');
    s = playTurns(s, 1);
    expect(s.negotiation!.initials['eu-loan'] ?? []).not.toContain('hungary');
    expect(s.negotiation!.refusals['eu-loan'] ?? []).not.toContain('hungary');
    s = run(s, 'us', { type: 'amendClause', issueId: 'eu-loan', optionId: 'suspend' });
    expect(s.negotiation!.refusals['eu-loan']).toBeUndefined();
    expect(s.negotiation!.initials['eu-loan']).toBeUndefined();
  });
});

describe('who chairs the Council at the talks', () => {
  it('is Control while the Secretary General’s seat is free, and its player once someone holds it', () => {
    const free = initialledByTheFour(3);
    expect(nacConsentOf(free, 'security-guarantees')!.chair).toEqual({ seatId: 'nato-sg', held: false });
    expect(viewFor(free, { seatId: null, isControl: true }, presence).council!.chair.youChair).toBe(true);
    expect(decide(free, { type: 'tableDraft', itemIds: [GUARANTEE] }, ctxFor(free, 'control')).ok).toBe(true);

    const held = seat(free, 'nato-sg');
    const refused = decide(held, { type: 'tableDraft', itemIds: [GUARANTEE] }, ctxFor(held, 'control'));
    expect(refused.ok ? null : refused.error.code).toBe('NOT_THE_CHAIR');
    expect(viewFor(held, { seatId: null, isControl: true }, presence).council!.chair.youChair).toBe(false);
    expect(viewFor(held, { seatId: 'nato-sg', isControl: false }, presence).council!.chair.youChair).toBe(
      true,
    );
    expect(nacConsentOf(held, 'security-guarantees')!.chair).toEqual({ seatId: 'nato-sg', held: true });
    const tabled = run(held, 'nato-sg', { type: 'tableDraft', itemIds: [GUARANTEE] });
    const draftId = tabled.council.draftOrder.at(-1)!;
    for (const command of [
      { type: 'amendDraft', draftId, text: 'A revised text.' },
      { type: 'placeUnderSilence', draftId, hours: 24 },
      { type: 'withdrawDraft', draftId },
    ] as const) {
      const result = decide(tabled, command, ctxFor(tabled, 'control'));
      expect(result.ok ? null : result.error.code, command.type).toBe('NOT_THE_CHAIR');
    }
    // Control still drafts the text of the talks as mediator.
    expect(
      decide(
        held,
        { type: 'amendClause', issueId: 'dmz-width', optionId: 'dmz-40km' },
        ctxFor(held, 'control'),
      ).ok,
    ).toBe(true);
  });
});
