// Test fixtures: real views of the Ukraine ceasefire talks, played through the root engine.
import type { Command, ExerciseView } from '@council/shared';
import ukraine from '../../../../scenarios/ukraine-ceasefire.json';
import { initialState } from '../../../../shared/src/engine/evolve';
import { advanceTo, run, seat } from '../../../../shared/src/engine/harness';
import { actorFor } from '../../../../shared/src/engine/legal';
import type { ExerciseState } from '../../../../shared/src/engine/state';
import { parseScenario } from '../../../../shared/src/scenario/load';
import { viewFor } from '../../../../shared/src/visibility/view';

/** The talks in consultation with every party seated. */
export function talksAtTable(): ExerciseState {
  const parsed = parseScenario(ukraine);
  if (!parsed.ok) throw new Error('ukraine-ceasefire.json does not parse');
  let s = initialState({
    type: 'exerciseCreated',
    exerciseId: 'talks-test',
    code: 'UKR234',
    title: 'Talks test',
    createdAt: '2026-01-01T00:00:00.000Z',
    scenario: parsed.scenario,
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
