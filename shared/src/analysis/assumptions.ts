// The assumption register: values in force (defaults, overrides within bounds) and how they change the forces data.
import type { ForcesScenario } from '../forces/index';
import { reject, type Rejection } from '../protocol/errors';
import type { Assumption, AssumptionKey } from './schema';

export type AssumptionValue = number | string;
export type AssumptionValues = Readonly<Record<AssumptionKey, AssumptionValue>>;

/** Neutral values for keys a scenario's register leaves out: the forces data exactly as written. */
export const NEUTRAL_ASSUMPTIONS: AssumptionValues = {
  'red-competence': 1,
  'red-objective': 'capitals',
  'us-participation': 'full',
  'us-delay-days': 0,
  'host-mobilisation-hour': Number.MAX_SAFE_INTEGER,
  'council-latency-hours': 0,
  'reinforcement-speed': 1,
};

export function defaultAssumptions(register: readonly Assumption[]): AssumptionValues {
  const out: Record<string, AssumptionValue> = { ...NEUTRAL_ASSUMPTIONS };
  for (const a of register) out[a.key] = a.default;
  return out as AssumptionValues;
}

/** The values an exercise ran under: the register's defaults with what `exerciseCreated` stored over them. */
export function assumptionsInForce(
  register: readonly Assumption[] | undefined,
  stored: Readonly<Record<string, AssumptionValue>> | undefined,
): AssumptionValues {
  return { ...defaultAssumptions(register ?? []), ...(stored ?? {}) } as AssumptionValues;
}

export interface AssumptionProblem {
  readonly key: string;
  readonly message: string;
}

/** Parses one `key=value` override against the register; the problem names the key and the bounds. */
export function checkAssumption(
  register: readonly Assumption[],
  key: string,
  raw: string | number,
): { ok: true; key: AssumptionKey; value: AssumptionValue } | { ok: false; problem: AssumptionProblem } {
  const a = register.find((x) => x.key === key);
  const fail = (message: string) => ({ ok: false as const, problem: { key, message } });
  if (!a) return fail(`unknown assumption "${key}" (known: ${register.map((x) => x.key).join(', ')})`);
  if (a.kind === 'choice') {
    const value = String(raw);
    if (!a.choices.some((c) => c.id === value))
      return fail(`${key} must be one of ${a.choices.map((c) => c.id).join(', ')}, not "${value}"`);
    return { ok: true, key: a.key, value };
  }
  const value = typeof raw === 'number' ? raw : raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(value) || value < a.min || value > a.max)
    return fail(`${key} must be a number from ${a.min} to ${a.max}, not "${raw}"`);
  return { ok: true, key: a.key, value };
}

/** The refusal of a value outside an assumption's bounds, with what a client words it from. */
function outOfBounds(
  register: readonly Assumption[],
  key: string,
  raw: string | number,
  message: string,
): Rejection {
  const a = register.find((x) => x.key === key);
  if (a?.kind === 'choice')
    return reject('ASSUMPTION_OUT_OF_BOUNDS', message, {
      reason: 'choice',
      assumption: a.label,
      value: String(raw),
      choices: a.choices.map((c) => c.label),
    });
  return reject('ASSUMPTION_OUT_OF_BOUNDS', message, {
    reason: 'range',
    assumption: a?.label ?? key,
    value: String(raw),
    min: a?.kind === 'number' ? a.min : 0,
    max: a?.kind === 'number' ? a.max : 0,
  });
}

/** Defaults with the overrides applied; the first bad override is the problem. */
export function resolveAssumptions(
  register: readonly Assumption[],
  overrides: Readonly<Record<string, string | number>>,
): { ok: true; values: AssumptionValues } | { ok: false; problem: AssumptionProblem } {
  const values: Record<string, AssumptionValue> = { ...defaultAssumptions(register) };
  for (const [key, raw] of Object.entries(overrides)) {
    const checked = checkAssumption(register, key, raw);
    if (!checked.ok) return checked;
    values[checked.key] = checked.value;
  }
  return { ok: true, values: values as AssumptionValues };
}

/** The axes a limited land grab keeps: the ones that end short of a capital (the Suwałki corridor). */
const limitedAxes = (forces: ForcesScenario) =>
  forces.redPlan.axes.filter((a) => !forces.objectives.capitals.includes(a.objective));

/** The US armoured brigade the post-May-2026 force pool no longer sends (facts §2 [F]). */
const REDUCED_US_UNIT = 'usa-abct-3';

/**
 * The forces data under these assumptions. Red's competence scales its combat power (battalion
 * strength in combat) and divides the slow-down of its advance into held ground; the reinforcement
 * speed divides every reinforcing unit's notice to move.
 */
export function applyAssumptions(forces: ForcesScenario, values: AssumptionValues): ForcesScenario {
  const competence = Number(values['red-competence']);
  const speed = Number(values['reinforcement-speed']);
  const reduced = values['us-participation'] === 'reduced';
  const units = forces.units
    .filter((u) => !(reduced && u.id === REDUCED_US_UNIT))
    .map((u) => {
      if (u.side === 'red' && competence !== 1) return { ...u, battalions: u.battalions * competence };
      if (u.side === 'blue' && u.noticeToMoveHours && speed !== 1) {
        const [min, max] = u.noticeToMoveHours;
        return {
          ...u,
          noticeToMoveHours: [Math.round(min / speed), Math.round(max / speed)] as [number, number],
        };
      }
      return u;
    });
  const axes = values['red-objective'] === 'suwalki' ? limitedAxes(forces) : forces.redPlan.axes;
  return {
    ...forces,
    units,
    redPlan: { ...forces.redPlan, axes },
    rules: {
      ...forces.rules,
      hostileAdvanceFactor: Math.max(1, forces.rules.hostileAdvanceFactor / competence),
    },
  };
}

/** An exercise's assumptions as `exerciseCreated` stores them: every key of the register, by value. */
export type ExerciseAssumptions = Readonly<Record<string, AssumptionValue>>;

/**
 * For the server before it writes `exerciseCreated` (ADR 0027): Control's overrides checked against
 * the scenario's register. An unknown key is `NO_SUCH_ASSUMPTION`; a value outside its bounds (or
 * not one of its choices) is `ASSUMPTION_OUT_OF_BOUNDS`. Null values for a scenario without a register.
 */
export function exerciseAssumptions(
  register: readonly Assumption[] | undefined,
  overrides: Readonly<Record<string, string | number>> = {},
): { ok: true; values: ExerciseAssumptions | null } | { ok: false; rejection: Rejection } {
  const known = register ?? [];
  for (const [key, raw] of Object.entries(overrides)) {
    const checked = checkAssumption(known, key, raw);
    if (checked.ok) continue;
    const unknown = !known.some((a) => a.key === key);
    if (unknown) {
      const message = known.length
        ? `"${key}" is not an assumption of this scenario; it has ${known.map((a) => a.key).join(', ')}.`
        : 'This scenario has no assumption register.';
      const params = known.length
        ? { reason: 'unknown' as const, key, known: known.map((a) => a.label) }
        : { reason: 'none' as const };
      return { ok: false, rejection: reject('NO_SUCH_ASSUMPTION', message, params) };
    }
    return { ok: false, rejection: outOfBounds(known, key, raw, `${checked.problem.message}.`) };
  }
  if (!known.length) return { ok: true, values: null };
  const resolved = resolveAssumptions(known, overrides);
  if (!resolved.ok) throw new Error('checked above');
  return {
    ok: true,
    values: Object.fromEntries(known.map((a) => [a.key, resolved.values[a.key]])),
  };
}
