// The analyze command's arguments: every one checked before any run, a bad one named in a one-line error.
import {
  checkVariant,
  outcomeKeysOf,
  resolveAssumptions,
  variantsOf,
  type AssumptionValues,
  type Scenario,
} from '../../shared/src/index';

export const MAX_SWEEP_POINTS = 200;
export const MAX_SEEDS = 100_000;

export interface AnalyzeOptions {
  readonly scenario: Scenario;
  readonly variant: string;
  /** Null: the NATO-passive calibration run (no plan). */
  readonly plan: string | null;
  readonly hours: readonly number[] | null;
  readonly sensitivity: boolean;
  readonly outcome: string | null;
  readonly assumptions: AssumptionValues;
  readonly overrides: Readonly<Record<string, string>>;
  readonly seeds: number;
  readonly days: number;
  readonly workers: number;
  readonly json: boolean;
  readonly csv: boolean;
}

export type Parsed = { ok: true; options: AnalyzeOptions } | { ok: false; message: string };

const FLAGS = ['json', 'csv', 'sensitivity'] as const;
const VALUED = ['scenario', 'variant', 'plan', 'sweep', 'seeds', 'days', 'assume', 'workers', 'outcome'];

/** `--key value` pairs (repeatable) and bare flags; anything else is an error naming it. */
function tokens(
  argv: readonly string[],
): { ok: true; map: Map<string, string[]> } | { ok: false; message: string } {
  const map = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) return { ok: false, message: `unexpected argument "${a}"` };
    const key = a.slice(2);
    if ((FLAGS as readonly string[]).includes(key)) {
      map.set(key, ['true']);
      continue;
    }
    if (!VALUED.includes(key)) return { ok: false, message: `--${key}: unknown option` };
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--'))
      return { ok: false, message: `--${key}: needs a value` };
    map.set(key, [...(map.get(key) ?? []), value]);
    i++;
  }
  return { ok: true, map };
}

const int = (s: string) => (/^-?\d+$/.test(s.trim()) ? Number(s) : NaN);

/** `decision-hour=from:to:step` within the decision time's bounds, at most MAX_SWEEP_POINTS points. */
function sweepHours(spec: string, scenario: Scenario): number[] | string {
  const m = /^([a-z-]+)=(-?[\d.]+):(-?[\d.]+):(-?[\d.]+)$/.exec(spec);
  if (!m) return `--sweep: expected decision-hour=FROM:TO:STEP, not "${spec}"`;
  if (m[1] !== 'decision-hour') return `--sweep: only decision-hour can be swept, not "${m[1]}"`;
  const [from, to, step] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (!(step > 0)) return `--sweep: the step must be more than 0, not ${m[4]}`;
  if (to < from) return `--sweep: ${to} is before ${from}`;
  const latency = scenario.assumptions?.find((a) => a.key === 'council-latency-hours');
  const [min, max] = latency?.kind === 'number' ? [latency.min, latency.max] : [0, 24 * 60];
  if (from < min || to > max)
    return `--sweep: decision hours must lie within ${min}–${max}, not ${from}–${to}`;
  const points = Math.floor((to - from) / step + 1e-9) + 1;
  if (points > MAX_SWEEP_POINTS) return `--sweep: ${points} points is more than ${MAX_SWEEP_POINTS}`;
  return Array.from({ length: points }, (_, i) => Math.round((from + i * step) * 1000) / 1000);
}

export function parseAnalyzeArgs(
  argv: readonly string[],
  loadScenario: (id: string) => Scenario | string,
): Parsed {
  const t = tokens(argv);
  if (!t.ok) return t;
  const one = (k: string) => t.map.get(k)?.at(-1);
  const fail = (message: string): Parsed => ({ ok: false, message });
  const scenarioId = one('scenario') ?? 'baltic-tripwire';
  if (!/^[a-z0-9-]+$/.test(scenarioId)) return fail(`--scenario: bad scenario id "${scenarioId}"`);
  const scenario = loadScenario(scenarioId);
  if (typeof scenario === 'string') return fail(`--scenario: ${scenario}`);
  if (!scenario.forces) return fail(`--scenario: ${scenarioId} has no forces section`);
  const variant = one('variant') ?? variantsOf(scenario)[0]!.id;
  const refused = checkVariant(scenario, variant);
  if (refused) return fail(`--variant: ${refused.message}`);
  const plan = one('plan') ?? null;
  const plans = scenario.responsePlans?.plans ?? [];
  if (plan !== null && !plans.some((p) => p.id === plan))
    return fail(
      `--plan: no plan "${plan}" in ${scenarioId} (plans: ${plans.map((p) => p.id).join(', ') || 'none'})`,
    );
  const seeds = int(one('seeds') ?? '1000');
  if (!(seeds >= 1 && seeds <= MAX_SEEDS))
    return fail(`--seeds: must be a whole number from 1 to ${MAX_SEEDS}`);
  const days = int(one('days') ?? '28');
  if (!(days >= 1 && days <= 60)) return fail('--days: must be a whole number from 1 to 60');
  const workers = int(one('workers') ?? '1');
  if (!(workers >= 1 && workers <= 64)) return fail('--workers: must be a whole number from 1 to 64');
  const overrides: Record<string, string> = {};
  for (const kv of t.map.get('assume') ?? []) {
    const eq = kv.indexOf('=');
    if (eq < 1) return fail(`--assume: expected key=value, not "${kv}"`);
    overrides[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  const resolved = resolveAssumptions(scenario.assumptions ?? [], overrides);
  if (!resolved.ok) return fail(`--assume: ${resolved.problem.message}`);
  const sweep = one('sweep');
  const hours = sweep === undefined ? null : sweepHours(sweep, scenario);
  if (typeof hours === 'string') return fail(hours);
  const sensitivity = t.map.has('sensitivity');
  if ((hours || sensitivity) && plan === null)
    return fail('--plan: a sweep or a sensitivity run needs a plan');
  const outcome = one('outcome') ?? null;
  const known = outcomeKeysOf(scenario.forces.objectives.capitals);
  if (outcome !== null && !known.includes(outcome))
    return fail(`--outcome: unknown outcome "${outcome}" (known: ${known.join(', ')})`);
  return {
    ok: true,
    options: {
      scenario,
      variant,
      plan,
      hours,
      sensitivity,
      outcome,
      assumptions: resolved.values,
      overrides,
      seeds,
      days,
      workers,
      json: t.map.has('json'),
      csv: t.map.has('csv'),
    },
  };
}
