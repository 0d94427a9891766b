// The outcomes a curve or a tornado can be read on, and the knee of the cost-of-delay curve.
import type { CurvePoint } from './curve';
import { CHECK_DAYS } from './run';

/** `ground-held`, or `<capital>-held-d<7|14|28>`: shares, higher is better for the Alliance. */
export function outcomeKeysOf(capitals: readonly string[]): string[] {
  const keys = ['ground-held'];
  for (const c of capitals) for (const d of CHECK_DAYS) keys.push(`${c}-held-d${d}`);
  return keys;
}

export const outcomeKeys = (point: CurvePoint): string[] => outcomeKeysOf(Object.keys(point.held));

export function outcomeValue(point: CurvePoint, key: string): number | null {
  if (key === 'ground-held') return point.groundHeld;
  const m = /^(.+)-held-d(7|14|28)$/.exec(key);
  const held = m ? point.held[m[1]!] : undefined;
  if (!m || !held) return null;
  return held[`d${m[2]}` as 'd7' | 'd14' | 'd28'];
}

export interface Knee {
  readonly outcome: string;
  /** Deciding after this hour … */
  readonly afterHour: number;
  /** … (at the next point of the sweep) … */
  readonly nextHour: number;
  /** … loses the outcome in this share of runs more (0–1). */
  readonly moreRunsLost: number;
}

/** The steepest single step down of one outcome along the curve; null if it never gets worse. */
export function kneeOf(points: readonly CurvePoint[], outcome: string): Knee | null {
  let best: Knee | null = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = outcomeValue(points[i]!, outcome);
    const b = outcomeValue(points[i + 1]!, outcome);
    if (a === null || b === null) continue;
    const drop = Math.round((a - b) * 1000) / 1000;
    if (drop > 0 && (!best || drop > best.moreRunsLost))
      best = { outcome, afterHour: points[i]!.x, nextHour: points[i + 1]!.x, moreRunsLost: drop };
  }
  return best;
}

/** The knee of the outcome asked for, or of whichever capital-held outcome drops most steeply. */
export function kneeOfCurve(points: readonly CurvePoint[], outcome?: string): Knee | null {
  if (outcome) return kneeOf(points, outcome);
  const first = points[0];
  if (!first) return null;
  let best: Knee | null = null;
  for (const key of outcomeKeys(first)) {
    if (key === 'ground-held') continue;
    const k = kneeOf(points, key);
    if (k && (!best || k.moreRunsLost > best.moreRunsLost)) best = k;
  }
  return best;
}
