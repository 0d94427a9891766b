// Test fixtures: exercises of the real scenario files, which the tests read from disk.
import type { ExerciseCreated } from '../engine/events';
import { initialState } from '../engine/evolve';
import type { ExerciseState } from '../engine/state';
import { parseScenario } from '../scenario/load';
import type { Scenario } from '../scenario/schema';

export const SCENARIO_FILES = ['baltic-tripwire', 'ukraine-ceasefire'] as const;

/** Parses a scenario file's text; throws if it does not load. */
export function scenarioOf(text: string): Scenario {
  const parsed = parseScenario(JSON.parse(text));
  if (!parsed.ok) throw new Error('the scenario does not load');
  return parsed.scenario;
}

export function createdFor(scenario: Scenario, seed = 1): ExerciseCreated {
  return {
    type: 'exerciseCreated',
    exerciseId: `bots-${scenario.id}`,
    code: 'BOTBOT',
    title: 'Bots',
    createdAt: '2026-11-23T10:00:00.000Z',
    scenario,
    seed,
  };
}

export const freshExercise = (scenario: Scenario, seed = 1): ExerciseState =>
  initialState(createdFor(scenario, seed));
