// Test fixtures: real views of the Ukraine ceasefire talks, played through the root engine.
import type { Command, ExerciseView } from '@council/shared';
import ukraine from '../../../../scenarios/ukraine-ceasefire.json';
import { initialState } from '../../../../shared/src/engine/evolve';
import { advanceTo, run, seat } from '../../../../shared/src/engine/harness';
import { actorFor } from '../../../../shared/src/engine/legal';
import type { ExerciseState } from '../../../../shared/src/engine/state';
import { nacAdopts } from '../../../../shared/src/negotiation/nacFixture';
import { parseScenario } from '../../../../shared/src/scenario/load';
import type { Scenario } from '../../../../shared/src/scenario/schema';
import { viewFor } from '../../../../shared/src/visibility/view';

/** The talks in consultation with every party seated; `tweak` edits the scenario first. */
export function talksAtTable(tweak: (scenario: Scenario) => Scenario = (x) => x): ExerciseState {
  const parsed = parseScenario(ukraine);
  if (!parsed.ok) throw new Error('ukraine-ceasefire.json does not parse');
  let s = initialState({
    type: 'exerciseCreated',
    exerciseId: 'talks-test',
    code: 'UKR234',
    title: 'Talks test',
    createdAt: '2026-01-01T00:00:00.000Z',
    scenario: tweak(parsed.scenario),
    seed: 5,
  });
  const parties = parsed.scenario.negotiation!.parties.map((p) => p.seat);
  s = seat(run(s, 'control', { type: 'startExercise' }), ...parties);
  return advanceTo(s, 'consultation');
}

export const act = (s: ExerciseState, seatId: string, command: Command): ExerciseState =>
  run(s, seatId, command);

export function viewOf(state: ExerciseState, seatId: string): ExerciseView {
  const actor = seatId === 'control' ? { seatId: null, isControl: true } : actorFor(state, seatId);
  return viewFor(state, actor, { connectedSeats: new Set(), controlConnections: 0 });
}

/**
 * Every clause drafted by the US, what it commits NATO to adopted by the Council, initialled by
 * every party, signed by every required one.
 */
export function signedDeal(s: ExerciseState, clauses: Record<string, string>): ExerciseState {
  const talks = s.scenario.negotiation!;
  let state = nacAdopts(act(s, 'us', { type: 'proposeDraft', clauses }));
  for (const party of talks.parties.map((p) => p.seat))
    for (const issue of talks.issues) state = act(state, party, { type: 'initialClause', issueId: issue.id });
  for (const party of talks.parties.filter((p) => p.required))
    state = act(state, party.seat, { type: 'signDraft' });
  return state;
}
