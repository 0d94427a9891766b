// Whole runs of a variant with NATO passive and Red scripted: the analysis mode and the calibration.
import { NO_AUTHORITY, type ForcesAuthority } from './authority';
import { advanceWithState } from './advance';
import { initialForces } from './init';
import type { ForcesScenario } from './schema';
import type { ForcesState } from './state';
import type { Variant } from './vocabulary';

export interface RunOptions {
  /** Days of combat to run after the incursion (RAND's fix holds about 28: facts.md §1). */
  readonly days?: number;
  readonly turnHours?: number;
  readonly authority?: ForcesAuthority;
}

export interface RunResult {
  readonly seed: number;
  /** Hours from the incursion until Red reaches Tallinn or Riga; null if it never does. */
  readonly redArrivalHours: number | null;
  readonly redArrivalPlace: string | null;
  /** Capital → hours from the incursion until it fell. */
  readonly capitalsFallen: Readonly<Record<string, number>>;
  readonly groundHeld: number;
  readonly events: number;
  readonly final: ForcesState;
}

export function runPassive(
  scenario: ForcesScenario,
  variant: Variant,
  seed: number,
  opts: RunOptions = {},
): RunResult {
  const days = opts.days ?? 28;
  const turn = opts.turnHours ?? 12;
  const incursion = scenario.redPlan.incursionHour;
  const end = incursion + days * 24;
  let state = initialForces(scenario, variant, seed);
  let events = 0;
  while (state.hour < end) {
    const next = advanceWithState(state, Math.min(end, state.hour + turn), opts.authority ?? NO_AUTHORITY);
    state = next.state;
    events += next.events.length;
  }
  const start = state.incursionAt ?? incursion;
  const fallen: Record<string, number> = {};
  for (const [p, h] of Object.entries(state.capitalsFallen)) fallen[p] = h - start;
  return {
    seed,
    redArrivalHours: state.firstRedArrival ? state.firstRedArrival.hour - start : null,
    redArrivalPlace: state.firstRedArrival?.placeId ?? null,
    capitalsFallen: fallen,
    groundHeld: state.measures.groundHeld,
    events,
    final: state,
  };
}

/** The value below which `q` of the runs fall; runs where it never happened count as +∞ (null). */
export function percentile(values: readonly (number | null)[], q: number): number | null {
  const sorted = values.map((v) => v ?? Infinity).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const v = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  return Number.isFinite(v) ? v : null;
}

export interface Summary {
  readonly scenario: string;
  readonly variant: Variant;
  readonly seeds: number;
  readonly redArrivalHours: {
    readonly p10: number | null;
    readonly p50: number | null;
    readonly p90: number | null;
  };
  readonly redNeverArrived: number;
  readonly capitalsFallenWithin28Days: number;
  readonly capitalFallen: Readonly<Record<string, number>>;
  readonly groundHeldMean: number;
  readonly eventsMean: number;
}

export function summarise(
  scenario: ForcesScenario,
  variant: Variant,
  runs: readonly RunResult[],
  days = 28,
): Summary {
  const arrivals = runs.map((r) => r.redArrivalHours);
  const within = (r: RunResult) => Object.values(r.capitalsFallen).some((h) => h <= days * 24);
  const share = (n: number) => Math.round((n / Math.max(1, runs.length)) * 1000) / 1000;
  const capitalFallen: Record<string, number> = {};
  for (const c of scenario.objectives.capitals) {
    capitalFallen[c] = share(runs.filter((r) => (r.capitalsFallen[c] ?? Infinity) <= days * 24).length);
  }
  return {
    scenario: scenario.id,
    variant,
    seeds: runs.length,
    redArrivalHours: {
      p10: percentile(arrivals, 0.1),
      p50: percentile(arrivals, 0.5),
      p90: percentile(arrivals, 0.9),
    },
    redNeverArrived: share(arrivals.filter((a) => a === null).length),
    capitalsFallenWithin28Days: share(runs.filter(within).length),
    capitalFallen,
    groundHeldMean:
      Math.round((runs.reduce((s, r) => s + r.groundHeld, 0) / Math.max(1, runs.length)) * 1000) / 1000,
    eventsMean: Math.round(runs.reduce((s, r) => s + r.events, 0) / Math.max(1, runs.length)),
  };
}

export function analyse(
  scenario: ForcesScenario,
  variant: Variant,
  seeds: number,
  opts: RunOptions = {},
): Summary {
  const runs: RunResult[] = [];
  for (let seed = 1; seed <= seeds; seed++) runs.push(runPassive(scenario, variant, seed, opts));
  return summarise(scenario, variant, runs, opts.days ?? 28);
}
