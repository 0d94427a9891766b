// Test fixtures: real exercise views of the Baltic scenario, played through the root engine.
import type { Command, ExerciseView } from '@council/shared';
import baltic from '../../../../scenarios/baltic-tripwire.json';
import { initialState } from '../../../../shared/src/engine/evolve';
import { advanceTo, run, seat } from '../../../../shared/src/engine/harness';
import { actorFor } from '../../../../shared/src/engine/legal';
import type { ExerciseState } from '../../../../shared/src/engine/state';
import { parseScenario } from '../../../../shared/src/scenario/load';
import { orderMenuFor } from '../../../../shared/src/visibility/orderMenu';
import { viewFor } from '../../../../shared/src/visibility/view';
import type { OrderMenuAsk, OrderMenuOutcome } from '../../store';

export type { ExerciseState };

/** The Baltic exercise, started, with the given seats held, in the decision phase of turn 1. */
export function balticExercise(...seats: string[]): ExerciseState {
  const parsed = parseScenario(baltic);
  if (!parsed.ok) throw new Error('baltic-tripwire.json does not parse');
  let s = initialState({
    type: 'exerciseCreated',
    exerciseId: 'map-test',
    code: 'MAPMAP',
    title: 'Map test',
    createdAt: '2026-01-01T00:00:00.000Z',
    scenario: parsed.scenario,
    seed: 11,
    variant: '2016',
  });
  s = seat(run(s, 'control', { type: 'startExercise' }), ...seats);
  return advanceTo(s, 'decision');
}

export const order = (s: ExerciseState, seatId: string, command: Command): ExerciseState =>
  run(s, seatId, command);

export { advanceTo };

export function viewOf(state: ExerciseState, seatId: string): ExerciseView {
  return viewFor(state, actorFor(state, seatId), { connectedSeats: new Set(), controlConnections: 0 });
}

/** What the server answers the seat's `orders` request (ADR 0014). */
export function menuOf(state: ExerciseState, seatId: string, asked: OrderMenuAsk = null): OrderMenuOutcome {
  return { ok: true, menu: orderMenuFor(state, actorFor(state, seatId), asked) };
}
