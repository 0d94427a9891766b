// The measures series read off states already replayed (index = seq), so a review that holds them
// pays nothing to chart them again when the log grows.
import type { GameEvent } from '../engine/events';
import type { ExerciseState } from '../engine/state';
import { measurePoint, type MeasurePoint } from './measures';

/** The same points as measuresSeries: the start, and each adjudicated turn once it is over. */
export function measuresSeriesFrom(
  events: readonly GameEvent[],
  states: readonly ExerciseState[],
): MeasurePoint[] {
  const first = states[0];
  if (!first) return [];
  const points = [measurePoint(first, 0)];
  let pending = false;
  for (let seq = 1; seq < events.length && seq < states.length; seq++) {
    const event = events[seq]!;
    if (pending && (event.type === 'turnStarted' || event.type === 'exerciseEnded')) {
      points.push(measurePoint(states[seq - 1]!, seq - 1));
      pending = false;
    }
    if (event.type === 'gameClockAdvanced') pending = true;
    if (event.type === 'rolledBack') pending = false;
  }
  if (pending) points.push(measurePoint(states[states.length - 1]!, states.length - 1));
  return points;
}
