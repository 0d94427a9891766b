// A played moment under other assumptions (ADR 0027, update 2026-12-07 (2)): the review's sensitivity
// runs start from the same state as its curve, each assumption applied to what is still to come.
import type { ForcesScenario, ForcesState, UnitState } from '../forces/index';
import { unitFromDef } from '../forces/init';
import { applyAssumptions, type AssumptionValues } from './assumptions';
import type { Assumption, AssumptionKey } from './schema';

/** An assumption the runs cannot vary from this moment: the game has already played what it decides. */
export interface SettledAssumption {
  readonly key: AssumptionKey;
  /** Why: Red's axes have launched (the incursion began), or the unit it adds or removes has moved. */
  readonly reason: 'incursionBegan' | 'unitMoved';
}

const same = (a: AssumptionValues, b: AssumptionValues, key: AssumptionKey) => a[key] === b[key];

/** True while a unit stands as the scenario placed it: never alerted, never ordered, never moved. */
function untouched(u: UnitState, placeId: string): boolean {
  return (
    u.order === null &&
    u.alertedAt === null &&
    u.location.kind === 'at' &&
    u.location.placeId === placeId &&
    !u.drawn
  );
}

/**
 * The assumptions of the register whose other values cannot take effect from `from`: Red's objective
 * once its axes have launched, and US participation where a value would add or remove a unit that has
 * already moved. Every other assumption acts on what is still to come (Red's combat power and speed,
 * the notice to move of units not yet alerted, US consent, the host nations' mobilisation).
 */
export function settledAt(
  register: readonly Assumption[],
  written: ForcesScenario,
  from: ForcesState,
  was: AssumptionValues,
): SettledAssumption[] {
  const out: SettledAssumption[] = [];
  for (const a of register) {
    if (a.key === 'red-objective' && from.incursionAt !== null)
      out.push({ key: a.key, reason: 'incursionBegan' });
    if (a.key === 'us-participation' && a.kind === 'choice') {
      // Units some choice removes or adds back (the reduced force pool's brigade): they must not have moved.
      const idsUnder = (v: AssumptionValues) => new Set(applyAssumptions(written, v).units.map((u) => u.id));
      const kept = idsUnder(was);
      const varied = new Set<string>();
      for (const c of a.choices) {
        const ids = idsUnder({ ...was, [a.key]: c.id });
        for (const def of written.units) if (ids.has(def.id) !== kept.has(def.id)) varied.add(def.id);
      }
      const moved = written.units.some((def) => {
        const u = varied.has(def.id) ? from.units[def.id] : undefined;
        return u !== undefined && !untouched(u, def.location);
      });
      if (moved) out.push({ key: a.key, reason: 'unitMoved' });
    }
  }
  return out;
}

/**
 * The state `from` (played under `was`) as it would stand under `values`, for what is still to come:
 * the forces data under `values`, Red's battalions scaled by the change in its competence, a unit the
 * values leave out removed and one they add placed as the scenario sets it. What has been played
 * stays: who holds what, where each unit is, the notices to move already rolled, the dice so far.
 * `from` itself when the values are the ones it was played under.
 */
export function restate(
  written: ForcesScenario,
  from: ForcesState,
  was: AssumptionValues,
  values: AssumptionValues,
): ForcesState {
  const keys = new Set([...Object.keys(was), ...Object.keys(values)]) as Set<AssumptionKey>;
  if ([...keys].every((k) => same(was, values, k))) return from;
  const scenario = applyAssumptions(written, values);
  const ratio = Number(values['red-competence']) / Number(was['red-competence']);
  const known = new Set(written.units.map((u) => u.id));
  const units: Record<string, UnitState> = {};
  for (const def of scenario.units) {
    if (!def.variants.includes(from.variant)) continue;
    const u = from.units[def.id];
    // A unit these values add back stands as the scenario places it, its battalions already theirs.
    if (!u) units[def.id] = unitFromDef(def);
    else units[def.id] = u.side === 'red' && ratio !== 1 ? { ...u, battalions: u.battalions * ratio } : u;
  }
  // Units that are no definition of the scenario's (none today) stay as they are.
  for (const [id, u] of Object.entries(from.units)) if (!known.has(id)) units[id] = u;
  return { ...from, scenario, units };
}
