// Runs a decision with nobody seated, the capital model speaking for every ally, to measure its
// latency: used by the calibration tests and scripts/calibrate.ts.
import { initialState } from '../engine/evolve';
import { advanceTo, run } from '../engine/harness';
import type { ExerciseState } from '../engine/state';
import type { Scenario } from '../scenario/schema';
import { hoursBetween } from '../time/gameTime';

export interface Run {
  /** Game hours from tabling to adoption; null when not adopted within the horizon. */
  readonly latencyHours: number | null;
  /** Allies that blocked the draft at some point. */
  readonly blockers: readonly string[];
  readonly state: ExerciseState;
}

/** Control chairs: it tables the items at turn 1 and plays turns until adoption or the horizon. */
export function simulate(scenario: Scenario, itemIds: string[], seed: number, horizonDays = 120): Run {
  let s = initialState({
    type: 'exerciseCreated',
    exerciseId: `sim-${seed}`,
    code: 'SIMSIM',
    title: 'Simulation',
    createdAt: '2026-01-01T00:00:00.000Z',
    scenario,
    seed,
  });
  s = advanceTo(run(s, 'control', { type: 'startExercise' }), 'consultation');
  s = run(s, 'control', { type: 'tableDraft', itemIds });
  const blockers = new Set<string>();
  const adopted = () => itemIds.every((id) => s.council.agenda[id]?.adoptedAt);
  while (!adopted() && hoursBetween(scenario.startsAt, s.clock.time) < horizonDays * 24) {
    s = advanceTo(advanceTo(s, 'adjudication'), 'consultation');
    for (const draft of Object.values(s.council.drafts)) {
      for (const [ally, p] of Object.entries(draft.positions)) {
        if (p.position === 'object' || p.position === 'requestAmendment') blockers.add(ally);
      }
    }
  }
  const latency = itemIds.map((id) => s.council.agenda[id]?.latencyHours ?? null);
  return {
    latencyHours: latency.some((l) => l === null) ? null : Math.max(...(latency as number[])),
    blockers: [...blockers],
    state: s,
  };
}

export function quantiles(xs: readonly number[]): { min: number; median: number; max: number } {
  const sorted = [...xs].sort((a, b) => a - b);
  return {
    min: sorted[0] ?? NaN,
    median: sorted[Math.floor(sorted.length / 2)] ?? NaN,
    max: sorted.at(-1) ?? NaN,
  };
}
