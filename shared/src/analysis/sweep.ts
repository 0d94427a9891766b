// The sweep: every decision hour under the same seeds, sharing each seed's run up to the decision.
import { advanceSim, endOf, outcomeOf, runPlan, startSim, type RunOutcome, type Sim } from './run';
import type { Analysis } from './setup';

/** A run with no decision ever: what a prefix is played under before the Council decides. */
const NEVER = Number.MAX_SAFE_INTEGER;

/**
 * One seed's outcomes for every decision hour (ascending). The run up to an hour does not depend on
 * a decision still to come, so each decision continues from the shared run at its hour.
 */
export function sweepDecisionHours(
  a: Analysis,
  hours: readonly number[],
  seed: number,
  start: (seed: number) => Sim = (s) => startSim(a.setup, s),
): RunOutcome[] {
  const passive = a.timing(NEVER);
  const end = endOf(a.setup);
  const order = hours.map((h, i) => [h, i] as const).sort((x, y) => x[0] - y[0]);
  const out: RunOutcome[] = new Array<RunOutcome>(hours.length);
  let prefix = start(seed);
  for (const [hour, index] of order) {
    prefix = advanceSim(a.setup, prefix, passive, Math.min(hour, end));
    const run = hour >= end ? prefix : advanceSim(a.setup, prefix, a.timing(hour), end);
    out[index] = outcomeOf(a.setup, run);
  }
  return out;
}

/** Outcomes of `seeds` (first, first + 1, …) at every decision hour: [hour][seed]. */
export function sweepSeeds(
  a: Analysis,
  hours: readonly number[],
  firstSeed: number,
  seeds: number,
): RunOutcome[][] {
  const byHour: RunOutcome[][] = hours.map(() => []);
  for (let s = firstSeed; s < firstSeed + seeds; s++) {
    sweepDecisionHours(a, hours, s).forEach((o, i) => byHour[i]!.push(o));
  }
  return byHour;
}

/** Outcomes of `seeds` runs with the Council deciding at `decisionHour`. */
export function runSeeds(a: Analysis, decisionHour: number, firstSeed: number, seeds: number): RunOutcome[] {
  const out: RunOutcome[] = [];
  for (let s = firstSeed; s < firstSeed + seeds; s++) out.push(runPlan(a.setup, a.timing(decisionHour), s));
  return out;
}
