// The real Baltic scenario as an exercise, for tests that replay a walkthrough's steps.
import baltic from '../../../../scenarios/baltic-tripwire.json';
import { parseScenario } from '../../scenario/load';
import type { Scenario } from '../../scenario/schema';
import type { ExerciseCreated } from '../events';
import { initialState } from '../evolve';
import { seat } from '../harness';
import type { ExerciseState } from '../state';

let parsed: Scenario | null = null;

export function balticScenario(): Scenario {
  if (!parsed) {
    const result = parseScenario(baltic);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    parsed = result.scenario;
  }
  return parsed;
}

export const balticCreated = (seed = 1, variant = '2016'): ExerciseCreated => ({
  type: 'exerciseCreated',
  exerciseId: `ex-baltic-${seed}`,
  code: 'BALTIC',
  title: 'Baltic walkthrough',
  createdAt: '2026-11-23T09:00:00.000Z',
  scenario: balticScenario(),
  seed,
  variant,
});

/** A Baltic exercise with these seats claimed, not yet started. */
export const balticExercise = (seed = 1, seats: readonly string[] = ['saceur', 'red']): ExerciseState =>
  seat(initialState(balticCreated(seed)), ...seats);
