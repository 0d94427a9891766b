// Many runs' outcomes as one point of the curve: shares held, arrival percentiles, mean losses.
import { percentile } from '../forces/index';
import { CHECK_DAYS, type RunOutcome } from './run';

export interface ArrivalSpread {
  readonly p10: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
  /** Share of runs in which Red never got there. */
  readonly never: number;
}

export interface CurvePoint {
  /** The swept value: the decision hour, or an assumption's value. */
  readonly x: number;
  readonly runs: number;
  /** Capital → share of runs Blue still held it at day 7, 14 and 28 after the incursion. */
  readonly held: Readonly<
    Record<string, { readonly d7: number; readonly d14: number; readonly d28: number }>
  >;
  /** Mean weighted share of the theatre Blue holds at the end. */
  readonly groundHeld: number;
  /** Red's arrival at each target, hours from the incursion. */
  readonly arrival: Readonly<Record<string, ArrivalSpread>>;
  /** Mean battalion-equivalents lost. */
  readonly losses: { readonly nato: number; readonly red: number };
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function curvePoint(x: number, runs: readonly RunOutcome[]): CurvePoint {
  const held: Record<string, { d7: number; d14: number; d28: number }> = {};
  const capitals = Object.keys(runs[0]?.held ?? {});
  for (const c of capitals) {
    const share = (day: number) => round3(mean(runs.map((r) => (r.held[c]?.[day] ? 1 : 0))));
    held[c] = { d7: share(0), d14: share(1), d28: share(2) };
  }
  const arrival: Record<string, ArrivalSpread> = {};
  for (const t of Object.keys(runs[0]?.arrival ?? {})) {
    const hours = runs.map((r) => r.arrival[t] ?? null);
    arrival[t] = {
      p10: percentile(hours, 0.1),
      p50: percentile(hours, 0.5),
      p90: percentile(hours, 0.9),
      never: round3(mean(hours.map((h) => (h === null ? 1 : 0)))),
    };
  }
  return {
    x,
    runs: runs.length,
    held,
    groundHeld: round3(mean(runs.map((r) => r.groundHeld))),
    arrival,
    losses: {
      nato: Math.round(mean(runs.map((r) => r.losses.nato)) * 10) / 10,
      red: Math.round(mean(runs.map((r) => r.losses.red)) * 10) / 10,
    },
  };
}

export { CHECK_DAYS };
