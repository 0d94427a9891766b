// The negotiation's rules on the Ukraine ceasefire scenario: drafting, initials, signature, walk-outs, secrets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPROMISE_TEXT } from './compromiseFixture';
import type { Command } from '../engine/commands';
import { decide } from '../engine/decide';
import type { ExerciseCreated, GameEvent } from '../engine/events';
import { evolve, initialState, replay } from '../engine/evolve';
import { advanceTo, ctxFor, playTurns, run, runLogged, seat } from '../engine/harness';
import { actorFor, legalCommands } from '../engine/legal';
import type { ExerciseState } from '../engine/state';
import { parseScenario } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { viewFor } from '../visibility/view';
import { detectionChance, violationRisk } from './implementation';
import { progressOf, satisfactionOf } from './measures';
import { nacAdopts } from './nacFixture';
import { requiredParties, statusOf } from './state';
import { ukraineFile, ukraineScenario } from './testScenario';
import { verbatim } from '../scenario/text';

const raw = ukraineFile();
const scenario = ukraineScenario();
const negotiation = scenario.negotiation!;
const REQUIRED = requiredParties(negotiation);
const PARTIES = negotiation.parties.map((p) => p.seat);

const createdWith = (s: Scenario, seed = 7): ExerciseCreated => ({
  type: 'exerciseCreated',
  exerciseId: 'ex-ukraine',
  code: 'UKR234',
  title: 'Ceasefire talks',
  createdAt: '2026-11-23T09:00:00.000Z',
  scenario: s,
  seed,
});

/** Every party seated, the exercise in consultation. */
function atTable(s: Scenario = scenario, seated: readonly string[] = PARTIES): ExerciseState {
  let state = seat(initialState(createdWith(s)), ...seated);
  state = run(state, 'control', { type: 'startExercise' });
  return advanceTo(state, 'consultation');
}

const COMPROMISE = COMPROMISE_TEXT;

/** Something close to the US 28-point draft of Nov 2025. */
const TWENTY_EIGHT_POINTS: Record<string, string> = {
  ...COMPROMISE,
  'line-of-contact': 'de-facto-recognition',
  'army-cap': 'cap-600k',
  'nato-membership': 'renounce',
  'reassurance-lead': 'no-nato-troops',
  'reassurance-size': 'no-force',
  'sanctions-relief': 'lift-and-g8',
  'frozen-assets': 'us-led-reconstruction',
  elections: 'elections-100-days',
};

function refusal(state: ExerciseState, seatId: string, command: Command): string {
  const result = decide(state, command, ctxFor(state, seatId));
  if (result.ok) throw new Error(`expected ${command.type} by ${seatId} to be refused`);
  return result.error.code;
}

function initialAll(state: ExerciseState, parties: readonly string[]): ExerciseState {
  let s = state;
  for (const party of parties) {
    for (const issue of negotiation.issues) s = run(s, party, { type: 'initialClause', issueId: issue.id });
  }
  return s;
}

const EU_MEMBERS = negotiation.eu!.members;
const EU_MONEY = negotiation.eu!.issues;

/** The EU member states initial the clauses that spend EU money. */
function initialEuMoney(state: ExerciseState, members: readonly string[], issues = EU_MONEY): ExerciseState {
  let s = state;
  for (const member of members)
    for (const issueId of issues) s = run(s, member, { type: 'initialClause', issueId });
  return s;
}

describe('the Ukraine ceasefire scenario', () => {
  it('parses, with fifteen issues and the EU, Ukraine, Russia and the US required', () => {
    expect(negotiation.issues).toHaveLength(15);
    expect([...REQUIRED].sort()).toEqual(['eu', 'russia', 'ukraine', 'us']);
    expect(scenario.forces).toBeUndefined();
    expect(initialState(createdWith(scenario)).forces).toBeNull();
  });

  it('cites the documented figures: €210 bn, €90 bn, 600,000 / 800,000, 5/10/40 km, 60 days, 1,000, 15,000–30,000', () => {
    const option = (issue: string, id: string) =>
      negotiation.issues.find((i) => i.id === issue)!.options.find((o) => o.id === id)!;
    expect(option('frozen-assets', 'stay-frozen').value).toBe(210);
    expect(option('eu-loan', 'disburse-90bn').value).toBe(90);
    expect(option('army-cap', 'cap-600k').value).toBe(600_000);
    expect(option('army-cap', 'cap-800k').value).toBe(800_000);
    expect(['dmz-5km', 'dmz-10km', 'dmz-40km'].map((id) => option('dmz-width', id).value)).toEqual([
      5, 10, 40,
    ]);
    expect(option('elections', 'referendum-60-days').value).toBe(60);
    expect(option('prisoner-exchange', '1000-for-1000').value).toBe(1000);
    expect(option('reassurance-size', 'mnf-15000').value).toBe(15_000);
    expect(option('reassurance-size', 'mnf-30000').value).toBe(30_000);
  });

  it('a scenario without a negotiation has none, and refuses its commands', () => {
    const { negotiation: _n, ...rest } = scenario;
    const plain = { ...rest, seats: scenario.seats } as Scenario;
    const state = atTable(plain);
    expect(state.negotiation).toBeNull();
    expect(refusal(state, 'ukraine', { type: 'walkOut' })).toBe('NO_NEGOTIATION');
  });
});

describe('negotiation rules', () => {
  it('a golden negotiation: proposed, amended, initialled by every required party, signed', () => {
    let state = atTable();
    state = run(state, 'us', { type: 'proposeDraft', clauses: { ...COMPROMISE, 'dmz-width': 'dmz-40km' } });
    expect(state.negotiation!.revision).toBe(1);
    state = run(state, 'ukraine', { type: 'initialClause', issueId: 'dmz-width' });
    state = run(state, 'russia', { type: 'amendClause', issueId: 'dmz-width', optionId: 'dmz-10km' });
    // Amending a clause clears the initials on it.
    expect(state.negotiation!.initials['dmz-width']).toBeUndefined();
    expect(refusal(state, 'ukraine', { type: 'signDraft' })).toBe('DRAFT_INCOMPLETE');
    state = initialAll(state, REQUIRED);
    state = initialEuMoney(state, EU_MEMBERS);
    expect(progressOf(negotiation, state.negotiation!)).toBeLessThan(1);
    // The text commits NATO to guarantees modelled on Article 5: the Council adopts them first.
    const unadopted = JSON.stringify(state);
    expect(refusal(state, 'ukraine', { type: 'signDraft' })).toBe('NO_NAC_CONSENSUS');
    expect(JSON.stringify(state)).toBe(unadopted);
    state = nacAdopts(state);
    expect(state.council.agenda['nato-backed-guarantee']?.adoptedAt).not.toBeNull();
    const signers = [...REQUIRED];
    const lastSigner = signers.pop()!;
    for (const party of signers) state = run(state, party, { type: 'signDraft' });
    expect(statusOf(negotiation, state.negotiation!, state.clock.time)).toBe('open');
    const last = runLogged(state, lastSigner, { type: 'signDraft' });
    expect(last.events.map((e) => e.type)).toEqual(['negotiationDraftSigned', 'negotiationDealSigned']);
    state = last.state;
    expect(statusOf(negotiation, state.negotiation!, state.clock.time)).toBe('signed');
    expect(state.negotiation!.signedAt).toBe(state.clock.time);
    expect(progressOf(negotiation, state.negotiation!)).toBe(1);
    expect(state.negotiation!.clauses).toEqual(COMPROMISE);
    // Nothing changes a signed deal.
    expect(refusal(state, 'russia', { type: 'amendClause', issueId: 'army-cap', optionId: 'cap-600k' })).toBe(
      'DEAL_SIGNED',
    );
    expect(refusal(state, 'control', { type: 'proposeDraft', clauses: TWENTY_EIGHT_POINTS })).toBe(
      'DEAL_SIGNED',
    );
  });

  it('the satisfaction each party draws from the compromise and from the 28 points', () => {
    const score = (clauses: Record<string, string>) =>
      Object.fromEntries(negotiation.parties.map((p) => [p.seat, satisfactionOf(p, clauses)]));
    const compromise = score(COMPROMISE);
    const draft28 = score(TWENTY_EIGHT_POINTS);
    expect(compromise.ukraine).toBeGreaterThan(draft28.ukraine!);
    expect(draft28.russia).toBeGreaterThan(compromise.russia!);
  });

  it('an unplayed party walks out when a proposed text crosses its red line; the talks are suspended', () => {
    let state = atTable(
      scenario,
      PARTIES.filter((p) => p !== 'ukraine'),
    );
    const { events, state: after } = runLogged(state, 'us', {
      type: 'proposeDraft',
      clauses: TWENTY_EIGHT_POINTS,
    });
    const walked = events.filter((e) => e.type === 'negotiationWalkedOut');
    expect(walked).toEqual([
      expect.objectContaining({
        party: 'ukraine',
        redLine: { issueId: 'line-of-contact', optionId: 'de-facto-recognition' },
      }),
    ]);
    state = after;
    expect(statusOf(negotiation, state.negotiation!, state.clock.time)).toBe('suspended');
    // Nobody brings Ukraine back: a day later the talks have collapsed.
    state = playTurns(state, 1);
    expect(statusOf(negotiation, state.negotiation!, state.clock.time)).toBe('collapsed');
    expect(refusal(state, 'russia', { type: 'initialClause', issueId: 'army-cap' })).toBe('TALKS_COLLAPSED');
  });

  it('a party played by a person stays at the table unless the scenario says it leaves', () => {
    let state = atTable();
    const { events, state: after } = runLogged(state, 'us', {
      type: 'proposeDraft',
      clauses: { ...COMPROMISE, 'sanctions-relief': 'no-relief' },
    });
    // Hungary walks out by the scenario's rule though seated; Russia, seated, stays.
    expect(
      events.filter((e) => e.type === 'negotiationWalkedOut').map((e) => 'party' in e && e.party),
    ).toEqual(['hungary']);
    state = after;
    expect(statusOf(negotiation, state.negotiation!, state.clock.time)).toBe('open');
    expect(refusal(state, 'hungary', { type: 'initialClause', issueId: 'eu-loan' })).toBe('WALKED_OUT');
  });

  it('a threshold red line: an army cap below 800,000 crosses Ukraine’s', () => {
    const state = atTable(
      scenario,
      PARTIES.filter((p) => p !== 'ukraine'),
    );
    const after = run(state, 'control', { type: 'proposeDraft', clauses: COMPROMISE });
    expect(after.negotiation!.walkedOut).toEqual([]);
    const amended = runLogged(after, 'russia', {
      type: 'amendClause',
      issueId: 'army-cap',
      optionId: 'cap-600k',
    });
    expect(amended.events.at(-1)).toMatchObject({ type: 'negotiationWalkedOut', party: 'ukraine' });
  });

  it('refuses bad input with codes and changes nothing', () => {
    let state = atTable();
    expect(
      refusal(state, 'ukraine', { type: 'amendClause', issueId: 'army-cap', optionId: 'cap-800k' }),
    ).toBe('NO_DRAFT');
    state = run(state, 'us', { type: 'proposeDraft', clauses: COMPROMISE });
    const before = JSON.stringify(state);
    expect(refusal(state, 'ukraine', { type: 'initialClause', issueId: 'army-cap', party: 'russia' })).toBe(
      'NOT_YOUR_PARTY',
    );
    expect(refusal(state, 'control', { type: 'initialClause', issueId: 'army-cap' })).toBe('NOT_YOUR_PARTY');
    expect(refusal(state, 'observer', { type: 'initialClause', issueId: 'army-cap' })).toBe('NOT_A_PARTY');
    expect(refusal(state, 'ukraine', { type: 'signDraft' })).toBe('DRAFT_INCOMPLETE');
    expect(refusal(state, 'ukraine', { type: 'initialClause', issueId: 'no-such' })).toBe('NO_SUCH_CLAUSE');
    expect(refusal(state, 'ukraine', { type: 'amendClause', issueId: 'no-such', optionId: 'x' })).toBe(
      'NO_SUCH_CLAUSE',
    );
    expect(refusal(state, 'ukraine', { type: 'amendClause', issueId: 'army-cap', optionId: 'cap-1m' })).toBe(
      'NO_SUCH_OPTION',
    );
    expect(refusal(state, 'us', { type: 'proposeDraft', clauses: { 'army-cap': 'cap-1m' } })).toBe(
      'NO_SUCH_OPTION',
    );
    expect(JSON.stringify(state)).toBe(before);
    const partial = run(state, 'us', { type: 'proposeDraft', clauses: { 'army-cap': 'cap-800k' } });
    expect(refusal(partial, 'ukraine', { type: 'initialClause', issueId: 'dmz-width' })).toBe(
      'NO_SUCH_CLAUSE',
    );
    const adjudicating = advanceTo(state, 'adjudication');
    expect(refusal(adjudicating, 'ukraine', { type: 'initialClause', issueId: 'army-cap' })).toBe(
      'WRONG_PHASE',
    );
  });

  it('records progress, satisfaction and red lines crossed at each adjudication', () => {
    let state = atTable();
    state = run(state, 'us', { type: 'proposeDraft', clauses: COMPROMISE });
    state = advanceTo(state, 'adjudication');
    const [turn] = state.negotiation!.history;
    expect(turn).toMatchObject({
      turn: state.clock.turn,
      progress: progressOf(negotiation, state.negotiation!),
    });
    expect(Object.values(turn!.redLinesCrossed).every((n) => n === 0)).toBe(true);
  });
});

describe('returning to the talks (ADR 0008)', () => {
  const presence = { connectedSeats: new Set<string>(), controlConnections: 0 };

  it('a required party that walks out suspends the talks; it returns before its deadline and they go on', () => {
    let state = run(atTable(), 'us', { type: 'proposeDraft', clauses: COMPROMISE });
    state = run(state, 'russia', { type: 'walkOut', reason: 'Sanctions first.' });
    expect(statusOf(negotiation, state.negotiation!, state.clock.time)).toBe('suspended');
    const deadline = new Date(Date.parse(state.clock.time) + 24 * 3_600_000).toISOString();
    const seen = viewFor(state, actorFor(state, 'ukraine'), presence).negotiation!;
    expect(seen.status).toBe('suspended');
    expect(seen.parties.find((p) => p.seat === 'russia')).toMatchObject({
      walkedOut: true,
      returnBy: deadline,
    });
    // The others keep drafting; Russia cannot act until it returns, and nobody can sign without it.
    state = run(state, 'ukraine', { type: 'initialClause', issueId: 'army-cap' });
    expect(refusal(state, 'russia', { type: 'initialClause', issueId: 'army-cap' })).toBe('WALKED_OUT');
    // Later in the same turn, still before the deadline, Russia comes back.
    state = advanceTo(state, 'decision');
    const back = runLogged(state, 'russia', { type: 'returnToTalks' });
    expect(back.events).toEqual([
      expect.objectContaining({ type: 'negotiationReturned', party: 'russia', byRules: false }),
    ]);
    state = back.state;
    expect(statusOf(negotiation, state.negotiation!, state.clock.time)).toBe('open');
    expect(state.negotiation!.walkedOut).toEqual([]);
    expect(state.negotiation!.walkouts).toEqual({});
    state = run(state, 'russia', { type: 'initialClause', issueId: 'army-cap' });
    expect(state.negotiation!.initials['army-cap']).toEqual(['ukraine', 'russia']);
    // The deadline passes with everyone at the table: nothing collapses.
    state = playTurns(state, 2);
    expect(statusOf(negotiation, state.negotiation!, state.clock.time)).toBe('open');
  });

  it('past the deadline the talks collapse, and nobody may return', () => {
    let state = run(atTable(), 'us', { type: 'proposeDraft', clauses: COMPROMISE });
    state = run(state, 'eu', { type: 'walkOut' });
    state = playTurns(state, 1);
    expect(statusOf(negotiation, state.negotiation!, state.clock.time)).toBe('collapsed');
    const before = JSON.stringify(state);
    expect(refusal(state, 'eu', { type: 'returnToTalks' })).toBe('TALKS_COLLAPSED');
    expect(JSON.stringify(state)).toBe(before);
  });

  it('a party that is not required may leave and return at any time; the talks stay open', () => {
    let state = run(atTable(), 'us', { type: 'proposeDraft', clauses: COMPROMISE });
    state = run(state, 'turkey', { type: 'walkOut' });
    state = playTurns(state, 3);
    expect(statusOf(negotiation, state.negotiation!, state.clock.time)).toBe('open');
    expect(
      viewFor(state, actorFor(state, 'us'), presence).negotiation!.parties.find((p) => p.seat === 'turkey'),
    ).toMatchObject({ walkedOut: true, returnBy: null });
    state = run(state, 'turkey', { type: 'returnToTalks' });
    expect(state.negotiation!.walkedOut).toEqual([]);
  });

  it('with returnWithinHours 0 a required party walking out collapses the talks at once', () => {
    const strict: Scenario = { ...scenario, negotiation: { ...negotiation, returnWithinHours: 0 } };
    let state = run(atTable(strict), 'us', { type: 'proposeDraft', clauses: COMPROMISE });
    state = run(state, 'ukraine', { type: 'walkOut' });
    expect(statusOf(strict.negotiation!, state.negotiation!, state.clock.time)).toBe('collapsed');
    expect(refusal(state, 'ukraine', { type: 'returnToTalks' })).toBe('TALKS_COLLAPSED');
  });

  it('the rules bring back an unplayed party once the text no longer crosses its red line', () => {
    let state = atTable(
      scenario,
      PARTIES.filter((p) => p !== 'ukraine'),
    );
    state = run(state, 'us', { type: 'proposeDraft', clauses: { ...COMPROMISE, 'army-cap': 'cap-600k' } });
    expect(state.negotiation!.walkouts['ukraine']).toMatchObject({
      redLine: { issueId: 'army-cap', optionId: 'cap-600k' },
    });
    const amended = runLogged(state, 'russia', {
      type: 'amendClause',
      issueId: 'army-cap',
      optionId: 'cap-800k',
    });
    expect(amended.events.map((e) => e.type)).toEqual(['negotiationClauseAmended', 'negotiationReturned']);
    expect(amended.events[1]).toMatchObject({ party: 'ukraine', byRules: true });
    expect(statusOf(negotiation, amended.state.negotiation!, amended.state.clock.time)).toBe('open');
    // A party that chose to leave is not brought back by the rules, even unplayed.
    let chose = run(atTable(), 'us', { type: 'proposeDraft', clauses: COMPROMISE });
    chose = run(chose, 'poland', { type: 'walkOut' });
    chose = evolve(chose, {
      type: 'seatReleased',
      seatId: 'poland',
      byControl: true,
      at: '2026-11-23T10:05:00.000Z',
    });
    const later = runLogged(chose, 'us', { type: 'amendClause', issueId: 'dmz-width', optionId: 'dmz-5km' });
    expect(later.events.map((e) => e.type)).toEqual(['negotiationClauseAmended']);
  });

  it('refuses a bad return with a code and changes nothing', () => {
    let state = run(atTable(), 'us', { type: 'proposeDraft', clauses: COMPROMISE });
    state = run(state, 'ukraine', { type: 'walkOut' });
    const before = JSON.stringify(state);
    expect(refusal(state, 'russia', { type: 'returnToTalks' })).toBe('ALREADY_DONE');
    expect(refusal(state, 'control', { type: 'returnToTalks' })).toBe('NOT_YOUR_PARTY');
    expect(refusal(state, 'observer', { type: 'returnToTalks' })).toBe('NOT_A_PARTY');
    expect(JSON.stringify(state)).toBe(before);
    const adjudicating = advanceTo(state, 'adjudication');
    expect(refusal(adjudicating, 'ukraine', { type: 'returnToTalks' })).toBe('WRONG_PHASE');
    const plain = { ...scenario } as Partial<Scenario>;
    delete plain.negotiation;
    expect(refusal(atTable(plain as Scenario), 'ukraine', { type: 'returnToTalks' })).toBe('NO_NEGOTIATION');
  });
});

describe('EU money: unanimity or enhanced cooperation (ADR 0008)', () => {
  const presence = { connectedSeats: new Set<string>(), controlConnections: 0 };
  /** Every required party has initialled every clause of the compromise; the Council has adopted its NATO clause. */
  const initialled = () =>
    nacAdopts(initialAll(run(atTable(), 'us', { type: 'proposeDraft', clauses: COMPROMISE }), REQUIRED));

  it('names the frozen assets and the loan as EU money; enhanced cooperation for the loan only, among 9 or more', () => {
    expect(EU_MONEY).toEqual(['frozen-assets', 'eu-loan']);
    expect(negotiation.eu!.enhancedCooperation).toMatchObject({ issues: ['eu-loan'], minimumMembers: 9 });
    // 27 member states, Czechia and Slovakia outside: with Hungary out too, the facts' 24.
    expect(negotiation.eu!.memberStates - negotiation.eu!.outsideAbstainers - 1).toBe(24);
  });

  it('a text with EU money is signed only once every EU member has initialled those clauses', () => {
    let state = initialled();
    const before = JSON.stringify(state);
    expect(refusal(state, 'ukraine', { type: 'signDraft' })).toBe('NO_EU_CONSENT');
    expect(JSON.stringify(state)).toBe(before);
    state = initialEuMoney(
      state,
      EU_MEMBERS.filter((m) => m !== 'hungary'),
    );
    expect(refusal(state, 'ukraine', { type: 'signDraft' })).toBe('NO_EU_CONSENT');
    const loan = viewFor(state, actorFor(state, 'russia'), presence).negotiation!.clauses.find(
      (c) => c.issueId === 'eu-loan',
    )!;
    expect(loan.eu).toMatchObject({ missing: ['hungary'], via: null, enhancedAllowed: true, enhanced: null });
    state = initialEuMoney(state, ['hungary']);
    for (const party of REQUIRED) state = run(state, party, { type: 'signDraft' });
    expect(statusOf(negotiation, state.negotiation!, state.clock.time)).toBe('signed');
  });

  it('enhanced cooperation carries the loan without Hungary once the Council authorises it a day later', () => {
    let state = initialEuMoney(
      initialled(),
      EU_MEMBERS.filter((m) => m !== 'hungary'),
    );
    state = initialEuMoney(state, ['hungary'], ['frozen-assets']);
    const invoked = runLogged(state, 'eu', { type: 'invokeEnhancedCooperation', issueId: 'eu-loan' });
    const effectiveAt = new Date(Date.parse(state.clock.time) + 24 * 3_600_000).toISOString();
    expect(invoked.events).toEqual([
      expect.objectContaining({
        type: 'negotiationEnhancedCooperation',
        by: 'eu',
        issueId: 'eu-loan',
        optionId: 'disburse-90bn',
        participants: 24,
        exempt: ['hungary'],
        effectiveAt,
      }),
    ]);
    state = invoked.state;
    // Not yet authorised: the Union has not consented.
    expect(refusal(state, 'us', { type: 'signDraft' })).toBe('NO_EU_CONSENT');
    state = playTurns(state, 1);
    expect(state.clock.time).toBe(effectiveAt);
    const loan = viewFor(state, actorFor(state, 'ukraine'), presence).negotiation!.clauses.find(
      (c) => c.issueId === 'eu-loan',
    )!;
    expect(loan.eu).toMatchObject({
      via: 'enhancedCooperation',
      enhanced: { participants: 24, exempt: ['hungary'] },
    });
    for (const party of REQUIRED) state = run(state, party, { type: 'signDraft' });
    expect(statusOf(negotiation, state.negotiation!, state.clock.time)).toBe('signed');
  });

  it('amending the loan ends its enhanced cooperation; the Union must consent to the new text', () => {
    let state = run(initialled(), 'eu', { type: 'invokeEnhancedCooperation', issueId: 'eu-loan' });
    expect(state.negotiation!.enhanced['eu-loan']).toBeDefined();
    state = run(state, 'russia', { type: 'amendClause', issueId: 'eu-loan', optionId: 'suspend' });
    expect(state.negotiation!.enhanced).toEqual({});
  });

  it('Control invokes it only while nobody holds the Union’s seat', () => {
    const state = initialled();
    expect(refusal(state, 'control', { type: 'invokeEnhancedCooperation', issueId: 'eu-loan' })).toBe(
      'NOT_YOUR_PARTY',
    );
    let unseated = atTable(
      scenario,
      PARTIES.filter((p) => p !== 'eu'),
    );
    unseated = run(unseated, 'us', { type: 'proposeDraft', clauses: COMPROMISE });
    const { events } = runLogged(unseated, 'control', {
      type: 'invokeEnhancedCooperation',
      issueId: 'eu-loan',
    });
    expect(events[0]).toMatchObject({
      by: null,
      participants: 21,
      exempt: ['france', 'germany', 'poland', 'hungary'],
    });
  });

  it('refuses what the treaty and the scenario do not allow, and changes nothing', () => {
    let state = initialled();
    const before = JSON.stringify(state);
    const invoke = (seatId: string, issueId: string) =>
      refusal(state, seatId, { type: 'invokeEnhancedCooperation', issueId });
    expect(invoke('eu', 'frozen-assets')).toBe('NOT_EU_MONEY');
    expect(invoke('eu', 'army-cap')).toBe('NOT_EU_MONEY');
    // An issue the talks do not have is no clause at all (ADR 0015), as in amendClause.
    expect(invoke('eu', 'no-such')).toBe('NO_SUCH_CLAUSE');
    expect(invoke('germany', 'eu-loan')).toBe('NOT_YOUR_PARTY');
    expect(invoke('observer', 'eu-loan')).toBe('NOT_A_PARTY');
    expect(JSON.stringify(state)).toBe(before);
    const partial = run(atTable(), 'us', { type: 'proposeDraft', clauses: { 'army-cap': 'cap-800k' } });
    expect(refusal(partial, 'eu', { type: 'invokeEnhancedCooperation', issueId: 'eu-loan' })).toBe(
      'NO_SUCH_CLAUSE',
    );
    state = run(state, 'eu', { type: 'invokeEnhancedCooperation', issueId: 'eu-loan' });
    expect(invoke('eu', 'eu-loan')).toBe('ALREADY_DONE');
    const unanimous = initialEuMoney(initialled(), EU_MEMBERS);
    expect(refusal(unanimous, 'eu', { type: 'invokeEnhancedCooperation', issueId: 'eu-loan' })).toBe(
      'ALREADY_DONE',
    );
    // A smaller union: ten states, four at the table refusing, leaves six, fewer than nine.
    const small: Scenario = {
      ...scenario,
      negotiation: { ...negotiation, eu: { ...negotiation.eu!, memberStates: 10, outsideAbstainers: 0 } },
    };
    const smallState = initialAll(
      run(atTable(small), 'us', { type: 'proposeDraft', clauses: COMPROMISE }),
      REQUIRED,
    );
    const snapshot = JSON.stringify(smallState);
    expect(refusal(smallState, 'eu', { type: 'invokeEnhancedCooperation', issueId: 'eu-loan' })).toBe(
      'TOO_FEW_MEMBERS',
    );
    expect(JSON.stringify(smallState)).toBe(snapshot);
  });

  it('the scenario check refuses EU sections naming unknown parties or issues', () => {
    const bad = {
      ...(raw as Record<string, unknown>),
      negotiation: {
        ...(raw as { negotiation: Record<string, unknown> }).negotiation,
        eu: {
          convener: 'nobody',
          members: ['france', 'atlantis'],
          issues: ['eu-loan', 'moon-base'],
          enhancedCooperation: { issues: ['army-cap'] },
          source: ['eu-loan-2026'],
        },
      },
    };
    const result = parseScenario(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.problems.map((p) => p.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          '$.negotiation.eu.convener',
          '$.negotiation.eu.members[1]',
          '$.negotiation.eu.issues[1]',
          '$.negotiation.eu.enhancedCooperation.issues[0]',
        ]),
      );
    }
  });
});

describe('political currents (ADR 0008)', () => {
  const presence = { connectedSeats: new Set<string>(), controlConnections: 0 };
  const talksFor = (state: ExerciseState, seatId: string) =>
    viewFor(
      state,
      seatId === 'control' ? { seatId: null, isControl: true } : actorFor(state, seatId),
      presence,
    ).negotiation!;
  const levels = (state: ExerciseState) =>
    Object.fromEntries(talksFor(state, 'russia').currents.map((c) => [c.id, c.level]));

  it('public meters start where the scenario puts them and move when their injects fire', () => {
    let state = atTable();
    expect(levels(state)).toEqual({ 'us-retrenchment': 0.3, 'burden-shifting': 0.2 });
    // Turn 2 opens with Washington's posture review; turn 3 with the bill for Europe.
    state = playTurns(state, 1);
    expect(levels(state)).toEqual({ 'us-retrenchment': 0.6, 'burden-shifting': 0.2 });
    state = playTurns(state, 1);
    expect(levels(state)).toEqual({ 'us-retrenchment': 0.6, 'burden-shifting': 0.6 });
    // Control may release an inject early: the meter moves then.
    const early = run(atTable(), 'control', { type: 'fireInject', injectId: 'hague-burden' });
    expect(levels(early)['burden-shifting']).toBe(0.6);
  });

  it('a rising current moves a party’s secret priorities and satisfaction; other parties see only the meter', () => {
    let state = run(atTable(), 'us', {
      type: 'proposeDraft',
      clauses: { ...COMPROMISE, 'sanctions-relief': 'lift-and-g8', monitoring: 'osce-un-monitoring' },
    });
    const before = talksFor(state, 'us').own!;
    expect(before.priorities['sanctions-relief']!['lift-and-g8']).toBe(6);
    state = run(state, 'control', { type: 'fireInject', injectId: 'us-posture-review' });
    const after = talksFor(state, 'us').own!;
    // 6 + 6 points × a rise of 0.3, and 5 + 6 × 0.3.
    expect(after.priorities['sanctions-relief']!['lift-and-g8']).toBe(7.8);
    expect(after.priorities['monitoring']!['osce-un-monitoring']).toBe(6.8);
    expect(after.satisfaction).toBeGreaterThan(before.satisfaction);
    // Control sees the moved dossier; Russia sees the meter but no priority of the US.
    expect(talksFor(state, 'control').dossiers.find((d) => d.seat === 'us')!.priorities).toEqual(
      after.priorities,
    );
    const russia = talksFor(state, 'russia');
    expect(russia.currents.find((c) => c.id === 'us-retrenchment')!.level).toBe(0.6);
    expect(JSON.stringify(russia)).not.toContain('osce-un-monitoring":6.8');
    expect(russia.dossiers).toEqual([]);
  });

  it('a burden shifted to Europe gives the US a stake in the EU loan; weights stay within 0–10', () => {
    const state = run(atTable(), 'control', { type: 'fireInject', injectId: 'hague-burden' });
    const us = talksFor(state, 'us').own!;
    expect(us.priorities['eu-loan']).toEqual({ 'disburse-90bn': 4 });
    expect(us.priorities['frozen-assets']!['us-led-reconstruction']).toBe(8);
    for (const weights of Object.values(us.priorities)) {
      for (const w of Object.values(weights)) expect(w).toBeGreaterThanOrEqual(0);
    }
  });

  it('the turn’s measures record the meters and the moved satisfaction', () => {
    let state = run(atTable(), 'us', { type: 'proposeDraft', clauses: COMPROMISE });
    state = run(state, 'control', { type: 'fireInject', injectId: 'hague-burden' });
    state = advanceTo(state, 'adjudication');
    const [turn] = state.negotiation!.history;
    expect(turn!.currents).toEqual({ 'us-retrenchment': 0.3, 'burden-shifting': 0.6 });
    expect(turn!.satisfaction['us']).toBe(talksFor(state, 'us').own!.satisfaction);
  });

  it('the scenario check refuses currents naming unknown injects, parties or options', () => {
    const bad = structuredClone(raw) as {
      negotiation: {
        currents: { moves: { inject: string }[]; shifts: { party: string; option: string }[] }[];
      };
    };
    bad.negotiation.currents[0]!.moves[0]!.inject = 'no-such-inject';
    bad.negotiation.currents[0]!.shifts[0]!.party = 'atlantis';
    bad.negotiation.currents[0]!.shifts[1]!.option = 'moon-base';
    const result = parseScenario(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path)).toEqual(
        expect.arrayContaining([
          '$.negotiation.currents[0].moves[0].inject',
          '$.negotiation.currents[0].shifts[0].party',
          '$.negotiation.currents[0].shifts[1].option',
        ]),
      );
    }
  });
});

describe('visibility of the talks', () => {
  it('canary: a party’s red lines, priorities and brief never reach another party’s view', () => {
    const canaried: Scenario = {
      ...scenario,
      negotiation: {
        ...negotiation,
        parties: negotiation.parties.map((p) => ({
          ...p,
          brief: verbatim(`CANARY-${p.seat}-brief`),
          redLines: [
            ...p.redLines,
            {
              issue: 'monitoring',
              options: ['osce-un-monitoring'],
              note: verbatim(`CANARY-${p.seat}-redline`),
            },
          ],
        })),
      },
    };
    let state = atTable(canaried);
    state = run(state, 'control', { type: 'proposeDraft', clauses: { 'army-cap': 'cap-800k' } });
    const presence = { connectedSeats: new Set<string>(), controlConnections: 0 };
    const seats = scenario.seats.map((s) => s.id);
    for (const viewer of seats) {
      const view = viewFor(state, actorFor(state, viewer), presence);
      const text = JSON.stringify(view);
      for (const party of PARTIES) {
        const seen = text.includes(`CANARY-${party}-`);
        const should = viewer === party || viewer === 'control';
        expect({ viewer, party, seen }).toEqual({ viewer, party, seen: should });
      }
      if (PARTIES.includes(viewer)) {
        expect(view.negotiation!.own!.seat).toBe(viewer);
        expect(view.negotiation!.dossiers).toEqual([]);
        expect(view.negotiation!.clauses.find((c) => c.issueId === 'army-cap')!.optionId).toBe('cap-800k');
      }
    }
    const control = viewFor(state, { seatId: null, isControl: true }, presence);
    expect(control.negotiation!.dossiers).toHaveLength(PARTIES.length);
  });

  it('a seat sees only the mediation tracks it belongs to; Control sees every one', () => {
    const state = atTable();
    const presence = { connectedSeats: new Set<string>(), controlConnections: 0 };
    const tracksOf = (seatId: string) =>
      viewFor(state, actorFor(state, seatId), presence).negotiation!.tracks.map((t) => t.id);
    expect(tracksOf('ukraine')).toEqual([
      'abu-dhabi-trilateral',
      'us-ukraine',
      'turkey-good-offices',
      'coalition-of-the-willing',
    ]);
    expect(tracksOf('russia')).toEqual(['abu-dhabi-trilateral', 'us-russia', 'turkey-good-offices']);
    expect(tracksOf('observer')).toEqual([]);
    const control = viewFor(state, { seatId: null, isControl: true }, presence).negotiation!;
    expect(control.tracks).toHaveLength(negotiation.tracks.length);
  });

  it('the scenario check refuses tracks with unknown seats, or with the adversary when back-channels are off', () => {
    const bad = {
      ...(raw as Record<string, unknown>),
      channels: { backChannels: false, adversaries: ['russia'] },
    };
    const broken = parseScenario(bad);
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.problems.map((p) => p.path)).toContain('$.negotiation.tracks[0].members');
    }
    const unknown = structuredClone(raw) as { negotiation: { tracks: { members: string[] }[] } };
    unknown.negotiation.tracks[0]!.members.push('atlantis', 'control');
    const result = parseScenario(unknown);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path)).toEqual(
        expect.arrayContaining(['$.negotiation.tracks[0].members[3]', '$.negotiation.tracks[0].members[4]']),
      );
    }
  });

  it('everyone at the table sees who initialled what', () => {
    let state = atTable();
    state = run(state, 'us', { type: 'proposeDraft', clauses: COMPROMISE });
    state = run(state, 'russia', { type: 'initialClause', issueId: 'army-cap' });
    const presence = { connectedSeats: new Set<string>(), controlConnections: 0 };
    const view = viewFor(state, actorFor(state, 'ukraine'), presence);
    expect(view.negotiation!.clauses.find((c) => c.issueId === 'army-cap')!.initialledBy).toEqual(['russia']);
  });
  it('everyone at the table sees who drafted each clause and the record of proposals and amendments', () => {
    let state = atTable();
    state = run(state, 'us', { type: 'proposeDraft', clauses: COMPROMISE });
    state = run(state, 'russia', { type: 'amendClause', issueId: 'army-cap', optionId: 'cap-600k' });
    state = run(state, 'control', { type: 'amendClause', issueId: 'dmz-width', optionId: 'dmz-40km' });
    const presence = { connectedSeats: new Set<string>(), controlConnections: 0 };
    const talks = viewFor(state, actorFor(state, 'ukraine'), presence).negotiation!;
    const clause = (issueId: string) => talks.clauses.find((c) => c.issueId === issueId)!;
    expect(clause('army-cap')).toMatchObject({ optionId: 'cap-600k', proposedBy: 'russia' });
    expect(clause('dmz-width')).toMatchObject({ optionId: 'dmz-40km', proposedBy: null });
    expect(clause('monitoring')).toMatchObject({ optionId: 'us-led-monitoring', proposedBy: 'us' });
    expect(talks.changes.map((c) => [c.revision, c.by, c.kind, Object.keys(c.clauses).length])).toEqual([
      [1, 'us', 'proposed', 15],
      [2, 'russia', 'amended', 1],
      [3, null, 'amended', 1],
    ]);
    // A new proposal replaces the whole text and who drafted it; the record keeps the past.
    state = run(state, 'ukraine', { type: 'proposeDraft', clauses: { 'army-cap': 'cap-800k' } });
    const after = viewFor(state, actorFor(state, 'russia'), presence).negotiation!;
    expect(after.clauses.find((c) => c.issueId === 'army-cap')!.proposedBy).toBe('ukraine');
    expect(after.clauses.find((c) => c.issueId === 'dmz-width')).toMatchObject({
      optionId: null,
      proposedBy: null,
    });
    expect(after.changes).toHaveLength(4);
  });
});

describe('property: random legal negotiation commands', () => {
  const SEATS = scenario.seats.map((s) => s.id);
  it('keep the invariants and replay deterministically', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            seat: fc.nat(SEATS.length - 1),
            choice: fc.nat(1000),
            // Leans toward one kind of command, so random runs get past drafting.
            prefer: fc.constantFrom(
              null,
              'proposeDraft',
              'initialClause',
              'initialClause',
              'signDraft',
              'returnToTalks',
            ),
          }),
          { maxLength: 80 },
        ),
        fc.subarray(PARTIES),
        (steps, seated) => {
          const first = createdWith(scenario, 3);
          let state = initialState(first);
          const log: GameEvent[] = [first];
          const apply = (events: readonly GameEvent[]) => {
            for (const e of events) {
              log.push(e);
              state = evolve(state, e);
            }
          };
          for (const id of seated) {
            const at = '2026-11-23T10:00:00.000Z';
            apply([{ type: 'seatClaimed', seatId: id, displayName: id, tokenHash: `hash-${id}`, at }]);
          }
          apply(runLogged(state, 'control', { type: 'startExercise' }).events);
          apply(runLogged(state, 'control', { type: 'advancePhase' }).events);
          for (const step of steps) {
            const seatId = SEATS[step.seat]!;
            const legal = legalCommands(state, seatId);
            const preferred = legal.filter((c) => c.type === step.prefer);
            const options = preferred.length > 0 ? preferred : legal;
            if (options.length === 0) continue;
            const command = options[step.choice % options.length]!;
            const result = decide(state, command, ctxFor(state, seatId));
            expect(result.ok).toBe(true);
            if (result.ok) apply(result.value);
            const talks = state.negotiation!;
            // Initials only by parties, once each, on drafted clauses; signatures only on a complete text.
            for (const [issueId, initials] of Object.entries(talks.initials)) {
              expect(talks.clauses[issueId]).toBeDefined();
              expect(new Set(initials).size).toBe(initials.length);
              initials.forEach((p) => expect(PARTIES).toContain(p));
            }
            if (talks.signatures.length > 0) {
              for (const issue of negotiation.issues) {
                for (const p of REQUIRED) expect(talks.initials[issue.id]).toContain(p);
              }
              // The Union consented to its money: every member initialled, or enhanced cooperation.
              for (const issueId of EU_MONEY) {
                const unanimous = EU_MEMBERS.every((m) => talks.initials[issueId]?.includes(m));
                expect(unanimous || talks.enhanced[issueId] !== undefined).toBe(true);
              }
            }
            const p = progressOf(negotiation, talks);
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(1);
          }
          log.forEach((e) => seen.add(e.type));
          expect(replay(log)).toEqual(state);
        },
      ),
      { numRuns: 60, seed: 8 },
    );
    // The runs get past drafting: clauses are initialled and parties walk out.
    expect(seen).toContain('negotiationClauseInitialled');
    expect(seen).toContain('negotiationWalkedOut');
    expect(seen).toContain('negotiationClauseAmended');
    expect(seen).toContain('negotiationReturned');
  });
});

describe('implementation after signature (ADR 0008)', () => {
  const rules = negotiation.implementation!;
  const presence = { connectedSeats: new Set<string>(), controlConnections: 0 };
  /** The scenario with its implementation odds replaced. */
  const withOdds = (odds: Partial<typeof rules>): Scenario => ({
    ...scenario,
    negotiation: { ...negotiation, implementation: { ...rules, ...odds } },
  });

  /** Every party seated, `clauses` proposed, initialled and signed by every required party. */
  function signed(clauses: Record<string, string>, s: Scenario = scenario, seed = 7) {
    let state = seat(initialState(createdWith(s, seed)), ...PARTIES);
    state = advanceTo(run(state, 'control', { type: 'startExercise' }), 'consultation');
    state = run(state, 'us', { type: 'proposeDraft', clauses });
    state = nacAdopts(initialEuMoney(initialAll(state, REQUIRED), EU_MEMBERS));
    for (const party of REQUIRED) state = run(state, party, { type: 'signDraft' });
    expect(state.negotiation!.signedAt).not.toBeNull();
    return state;
  }

  it('rolls nothing before signature; after it, one outcome per turn, the same for the same seed', () => {
    const open = playTurns(atTable(), 2);
    expect(open.negotiation!.implementation.turns).toBe(0);
    expect(open.negotiation!.history.every((m) => m.implementation === null)).toBe(true);
    const a = playTurns(signed(COMPROMISE), 12);
    const b = playTurns(signed(COMPROMISE), 12);
    expect(a.negotiation!.implementation).toEqual(b.negotiation!.implementation);
    expect(a.negotiation!.implementation.turns).toBe(12);
    const other = playTurns(signed(COMPROMISE, scenario, 99), 12);
    expect(other.negotiation!.implementation).not.toEqual(a.negotiation!.implementation);
    // The turn's measures count the days held and the breaches so far.
    const last = a.negotiation!.history.at(-1)!.implementation!;
    const record = a.negotiation!.implementation;
    expect(last.daysHeld).toBe(Math.round((record.hoursHeld / 24) * 1000) / 1000);
    expect(last.violations).toBe(record.violations.length);
    expect(last.detected).toBe(record.violations.filter((v) => v.detected).length);
  });

  it('the odds move with the clauses and with a party’s dissatisfaction', () => {
    const risk = (clauses: Record<string, string>, party = 'russia') =>
      violationRisk(negotiation, rules, clauses, party);
    expect(risk({ ...COMPROMISE, 'dmz-width': 'no-dmz' })).toBeGreaterThan(risk(COMPROMISE));
    expect(risk({ ...COMPROMISE, 'dmz-width': 'dmz-40km' })).toBeLessThan(risk(COMPROMISE));
    expect(risk({ ...COMPROMISE, 'reassurance-size': 'mnf-30000' })).toBeLessThan(risk(COMPROMISE));
    expect(risk({ ...COMPROMISE, monitoring: 'no-monitoring' })).toBeGreaterThan(risk(COMPROMISE));
    // The 28 points please Russia more than the compromise does: it has less reason to break them.
    const russia = negotiation.parties.find((p) => p.seat === 'russia')!;
    expect(satisfactionOf(russia, TWENTY_EIGHT_POINTS)).toBeGreaterThan(satisfactionOf(russia, COMPROMISE));
    const noClauseOdds = { ...rules, clauseRisk: [] };
    expect(violationRisk(negotiation, noClauseOdds, TWENTY_EIGHT_POINTS, 'russia')).toBeLessThan(
      violationRisk(negotiation, noClauseOdds, COMPROMISE, 'russia'),
    );
    expect(detectionChance(rules, COMPROMISE)).toBe(0.85);
    expect(detectionChance(rules, { ...COMPROMISE, monitoring: 'no-monitoring' })).toBe(0.2);
  });

  it('monitoring led by the US detects more breaches than no monitoring at all', () => {
    // Every breach counted: none reopens the talks and stops the rolls.
    const always = withOdds({ baseRisk: 1, reopenAfterSerious: undefined });
    const detectedShare = (monitoring: string) => {
      let detected = 0;
      let total = 0;
      for (let seed = 1; seed <= 10; seed++) {
        const state = playTurns(signed({ ...COMPROMISE, monitoring }, always, seed), 5);
        const { violations } = state.negotiation!.implementation;
        total += violations.length;
        detected += violations.filter((v) => v.detected).length;
      }
      expect(total).toBe(10 * 5 * rules.violators.length);
      return detected / total;
    };
    const watched = detectedShare('us-led-monitoring');
    const unwatched = detectedShare('no-monitoring');
    expect(watched).toBeGreaterThan(0.7);
    expect(unwatched).toBeLessThan(0.35);
  });

  it('replays deterministically: the dice ride in the events', () => {
    const first = createdWith(scenario, 11);
    let state = initialState(first);
    const log: GameEvent[] = [first];
    const apply = (seatId: string, command: Command) => {
      const result = runLogged(state, seatId, command);
      log.push(...result.events);
      state = result.state;
    };
    for (const party of PARTIES)
      log.push({
        type: 'seatClaimed',
        seatId: party,
        displayName: party,
        tokenHash: `hash-${party}`,
        at: first.createdAt,
      });
    state = replay(log);
    apply('control', { type: 'startExercise' });
    apply('control', { type: 'advancePhase' });
    apply('us', { type: 'proposeDraft', clauses: COMPROMISE });
    for (const party of REQUIRED)
      for (const issue of negotiation.issues) apply(party, { type: 'initialClause', issueId: issue.id });
    for (const member of EU_MEMBERS)
      for (const issueId of EU_MONEY)
        if (!state.negotiation!.initials[issueId]?.includes(member))
          apply(member, { type: 'initialClause', issueId });
    // The NATO clause: the chair tables it under silence, nobody breaks it, the Council adopts it.
    apply('nato-sg', { type: 'tableDraft', itemIds: ['nato-backed-guarantee'], silenceHours: 12 });
    while (
      !state.council.agenda['nato-backed-guarantee']?.adoptedAt ||
      state.session.phase !== 'consultation'
    )
      apply('control', { type: 'advancePhase' });
    for (const party of REQUIRED) apply(party, { type: 'signDraft' });
    const before = state.rng;
    for (let i = 0; i < 24; i++) apply('control', { type: 'advancePhase' });
    const types = log.map((e) => e.type);
    expect(types.filter((t) => t === 'ceasefireHeld' || t === 'ceasefireViolation').length).toBeGreaterThan(
      0,
    );
    expect(state.rng).not.toEqual(before);
    expect(replay(log)).toEqual(state);
  });

  it('canary: an undetected breach reaches only the party that broke the ceasefire, and Control', () => {
    const unseen = withOdds({ baseRisk: 1, violators: ['ukraine'], baseDetection: 0, detection: [] });
    const state = playTurns(signed(COMPROMISE, unseen), 1);
    expect(state.negotiation!.implementation.violations).toHaveLength(1);
    for (const viewer of scenario.seats.map((s) => s.id)) {
      const view = viewFor(state, actorFor(state, viewer), presence);
      const text = JSON.stringify(view);
      const should = viewer === 'ukraine' || viewer === 'control';
      expect({ viewer, seen: text.includes('"severity"') }).toEqual({ viewer, seen: should });
      const implementation = view.negotiation?.implementation;
      if (implementation && viewer !== 'control') {
        expect(implementation.turns).toBe(1);
        // A seat that never saw the breach counts the turn as held.
        expect(implementation.turnsHeld).toBe(viewer === 'ukraine' ? 0 : 1);
        expect(implementation.monitoring).toBeNull();
      }
    }
    // Detected, every seat at the table sees it.
    const seenByAll = withOdds({ baseRisk: 1, violators: ['ukraine'], baseDetection: 1, detection: [] });
    const detected = playTurns(signed(COMPROMISE, seenByAll), 1);
    const russia = viewFor(detected, actorFor(detected, 'russia'), presence).negotiation!.implementation!;
    expect(russia.violations.map((v) => [v.by, v.detected])).toEqual([['ukraine', true]]);
  });

  it('the scenario check refuses implementation odds naming unknown parties or options', () => {
    const bad = structuredClone(raw) as {
      negotiation: { implementation: { violators: string[]; detection: { option: string }[] } };
    };
    bad.negotiation.implementation.violators[0] = 'atlantis';
    bad.negotiation.implementation.detection[0]!.option = 'moon-base';
    const result = parseScenario(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path)).toEqual(
        expect.arrayContaining([
          '$.negotiation.implementation.violators[0]',
          '$.negotiation.implementation.detection[0].option',
        ]),
      );
    }
  });
});
