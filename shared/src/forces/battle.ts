// Each combat round: finds contested places, adjudicates them, then applies retreats, captures and culmination.
import { adjudicate, type CombatRecord } from './combat';
import { evacuateAir, fallBack } from './retreat';
import { anyContact } from './routing';
import { roll, type Step } from './step';
import type { ForcesState, UnitState } from './state';
import type { Side } from './vocabulary';

const fights = (u: UnitState) => u.type !== 'air' && u.readiness !== 'destroyed' && u.location.kind === 'at';
const leaving = (u: UnitState) => u.order?.purpose === 'retreat' || u.order?.purpose === 'withdraw';

type Contested = ReadonlyMap<
  string,
  { readonly blue: readonly UnitState[]; readonly red: readonly UnitState[] }
>;
const contestedCache = new WeakMap<ForcesState['units'], Contested>();

/** Place id → the units of each side standing there, for places where both sides stand (once per units object). */
export function contestedPlaces(state: ForcesState): Contested {
  const hit = contestedCache.get(state.units);
  if (hit) return hit;
  const byPlace = new Map<string, { blue: UnitState[]; red: UnitState[] }>();
  for (const id in state.units) {
    const u = state.units[id]!;
    if (!fights(u) || leaving(u) || u.location.kind !== 'at') continue;
    const p = u.location.placeId;
    let entry = byPlace.get(p);
    if (!entry) byPlace.set(p, (entry = { blue: [], red: [] }));
    entry[u.side].push(u);
  }
  for (const [p, e] of byPlace) if (!e.blue.length || !e.red.length) byPlace.delete(p);
  contestedCache.set(state.units, byPlace);
  return byPlace;
}

/**
 * Whether a contested place fights at hour `h`: at first contact (the hour hostile forces meet,
 * whatever the hour), whenever a unit joins the fight, and every combat round after the last one.
 */
function fightsNow(state: ForcesState, placeId: string, units: readonly UnitState[], h: number): boolean {
  let last: CombatRecord | null = null;
  for (const r of state.reports)
    if (r.type === 'combatResolved' && r.placeId === placeId && r.atHour <= h) last = r;
  if (!last || h - last.atHour >= state.scenario.rules.combatRoundHours) return true;
  const fought = new Set([...last.attackers, ...last.defenders].map((u) => u.unitId));
  return units.some((u) => !fought.has(u.id));
}

/** Every contest of the hour: hostile forces that meet are fought the hour they meet (issue 13). */
export function combatStep(step: Step, h: number): void {
  if (!anyContact(step.state)) return;
  const contested = [...contestedPlaces(step.state).keys()].sort();
  for (const placeId of contested) {
    const sides = contestedPlaces(step.state).get(placeId);
    if (!sides || !fightsNow(step.state, placeId, [...sides.blue, ...sides.red], h)) continue;
    const defenderSide: Side = step.state.control[placeId] ?? 'blue';
    const attackerSide: Side = defenderSide === 'blue' ? 'red' : 'blue';
    const { value: die, dice } = roll(step, (d) => d.die(6));
    const record = adjudicate(step.state, placeId, sides[attackerSide], sides[defenderSide], h, die, dice);
    step.emit({ type: 'combatResolved', ...record });
    const destroyedBelow = step.state.scenario.rules.destroyedBelow;
    for (const loss of record.losses) {
      if (loss.after < destroyedBelow) {
        step.emit({
          type: 'unitDestroyed',
          unitId: loss.unitId,
          atHour: h,
          placeId,
          cause: `combat at ${placeId}`,
        });
      }
    }
    if (record.result.defenderRetreats) {
      for (const u of sides[defenderSide]) fallBack(step, step.state.units[u.id]!, placeId, h, 'retreat');
    }
    settle(step, placeId, attackerSide, h);
  }
}

/** After the round: a place with no defenders left changes hands; spent attackers pull back. */
function settle(step: Step, placeId: string, attackerSide: Side, h: number): void {
  const here = Object.values(step.state.units).filter(
    (u) => fights(u) && u.location.kind === 'at' && u.location.placeId === placeId && !leaving(u),
  );
  const defenders = here.filter((u) => u.side !== attackerSide);
  if (!defenders.length && here.some((u) => u.side === attackerSide)) {
    step.emit({ type: 'placeCaptured', placeId, side: attackerSide, atHour: h });
    evacuateAir(step, placeId, attackerSide, h);
    return;
  }
  const culmination = step.state.scenario.rules.culminationStrength;
  for (const u of here) {
    if (u.side === attackerSide && u.strength < culmination) {
      step.emit({ type: 'unitHalted', unitId: u.id, atHour: h, reason: 'culminated' });
      fallBack(step, step.state.units[u.id]!, placeId, h, 'withdraw');
    }
  }
}
