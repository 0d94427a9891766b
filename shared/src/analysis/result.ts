// A sweep's result as exported: the curve, its knee, the historical clocks and every assumption it ran under.
import type { Scenario } from '../scenario/schema';
import type { AssumptionValue, AssumptionValues } from './assumptions';
import { curvePoint, type CurvePoint } from './curve';
import { kneeOfCurve, type Knee } from './outcomes';
import type { RunOutcome } from './run';
import type { HistoricalClock } from './schema';

export interface StatedAssumption {
  readonly key: string;
  readonly value: AssumptionValue;
  readonly default: AssumptionValue;
  readonly source: readonly string[];
}

export interface CurveResult {
  readonly scenario: string;
  readonly variant: string;
  readonly plan: string;
  readonly seeds: number;
  readonly days: number;
  /** Hours are game hours from the start of the crisis; the incursion comes at `incursionHour`. */
  readonly incursionHour: number;
  readonly sweep: { readonly key: 'decision-hour'; readonly values: readonly number[] };
  readonly assumptions: readonly StatedAssumption[];
  readonly clocks: readonly HistoricalClock[];
  readonly points: readonly CurvePoint[];
  readonly knee: Knee | null;
}

/** Every assumption of the register with the value it ran under. */
export function statedAssumptions(scenario: Scenario, values: AssumptionValues): StatedAssumption[] {
  return (scenario.assumptions ?? []).map((a) => ({
    key: a.key,
    value: values[a.key],
    default: a.default,
    source: a.source,
  }));
}

export function curveResult(
  scenario: Scenario,
  input: { variant: string; plan: string; seeds: number; days: number; values: AssumptionValues },
  hours: readonly number[],
  byHour: readonly (readonly RunOutcome[])[],
  outcome?: string,
): CurveResult {
  const points = hours.map((h, i) => curvePoint(h, byHour[i] ?? []));
  return {
    scenario: scenario.id,
    variant: input.variant,
    plan: input.plan,
    seeds: input.seeds,
    days: input.days,
    incursionHour: scenario.forces?.redPlan.incursionHour ?? 0,
    sweep: { key: 'decision-hour', values: hours },
    assumptions: statedAssumptions(scenario, input.values),
    clocks: scenario.clocks ?? [],
    points,
    knee: kneeOfCurve(points, outcome),
  };
}

const cell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The curve as CSV (RFC 4180): one row per decision hour, then the assumptions as comment rows. */
export function curveCsv(r: CurveResult): string {
  const first = r.points[0];
  const capitals = Object.keys(first?.held ?? {});
  const targets = Object.keys(first?.arrival ?? {});
  const header = ['decision_hour'];
  for (const c of capitals) header.push(`${c}_held_d7`, `${c}_held_d14`, `${c}_held_d28`);
  header.push('ground_held');
  for (const t of targets) header.push(`${t}_arrival_p10`, `${t}_arrival_p50`, `${t}_arrival_p90`);
  header.push('nato_losses', 'red_losses', 'runs');
  const rows = [header.join(',')];
  for (const p of r.points) {
    const row: (string | number | null)[] = [p.x];
    for (const c of capitals) row.push(p.held[c]!.d7, p.held[c]!.d14, p.held[c]!.d28);
    row.push(p.groundHeld);
    for (const t of targets) row.push(p.arrival[t]!.p10, p.arrival[t]!.p50, p.arrival[t]!.p90);
    row.push(p.losses.nato, p.losses.red, p.runs);
    rows.push(row.map(cell).join(','));
  }
  rows.push('', 'assumption,value,default,source');
  for (const a of r.assumptions)
    rows.push([a.key, a.value, a.default, a.source.join(' ')].map(cell).join(','));
  return `${rows.join('\r\n')}\r\n`;
}
