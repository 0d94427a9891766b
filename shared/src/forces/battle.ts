// Each combat round: finds contested places, adjudicates them, then applies retreats, captures and culmination.
import { adjudicate } from './combat';
import { depart } from './movement';
import { haversineKm, networkOf, place } from './network';
import { enemyAt, hostileAt, mayUse } from './routing';
import { roll, type Step } from './step';
import type { ForcesState, UnitState } from './state';
import type { Side } from './vocabulary';

const fights = (u: UnitState) => u.type !== 'air' && u.readiness !== 'destroyed' && u.location.kind === 'at';
const leaving = (u: UnitState) => u.order?.purpose === 'retreat' || u.order?.purpose === 'withdraw';

/** Place id → the units of each side standing there, for places where both sides stand. */
export function contestedPlaces(state: ForcesState): Map<string, { blue: UnitState[]; red: UnitState[] }> {
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
  return byPlace;
}

export function combatStep(step: Step, h: number): void {
  const contested = [...contestedPlaces(step.state).keys()].sort();
  for (const placeId of contested) {
    const sides = contestedPlaces(step.state).get(placeId);
    if (!sides) continue;
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
    for (const u of Object.values(step.state.units)) {
      if (
        u.side !== attackerSide &&
        u.type === 'air' &&
        u.location.kind === 'at' &&
        u.location.placeId === placeId &&
        u.readiness !== 'destroyed'
      ) {
        fallBack(step, u, placeId, h, 'retreat');
      }
    }
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

/** Falls back one leg toward friendly ground; a unit with nowhere to go is lost. */
export function fallBack(
  step: Step,
  u: UnitState,
  from: string,
  h: number,
  purpose: 'retreat' | 'withdraw',
): void {
  const to = retreatPlace(step.state, u, from);
  if (!to) {
    step.emit({
      type: 'unitDestroyed',
      unitId: u.id,
      atHour: h,
      placeId: from,
      cause: 'cut off with no line of retreat',
    });
    return;
  }
  step.emit({
    type: 'movementOrdered',
    unitId: u.id,
    atHour: h,
    by: 'engine',
    purpose,
    destination: to.place,
    legs: [to.leg],
    permitRequired: false,
  });
  depart(step, step.state.units[u.id]!, from, to.leg, h);
}

/** The neighbour free of the enemy that lies nearest the side's rear: its capital for Blue, home for Red. */
export function retreatPlace(
  state: ForcesState,
  u: UnitState,
  from: string,
): { place: string; leg: string } | null {
  const net = networkOf(state.scenario);
  const here = place(net, from);
  const rear = rearOf(state, u, from);
  let best: { place: string; leg: string; d: number } | null = null;
  for (const n of net.neighbours.get(from) ?? []) {
    if (n.leg.mode === 'sea' || !mayUse(u, n.leg, n.place) || hostileAt(state, u.side, n.place)) continue;
    const target = rear ?? here;
    const d = n.place === u.cameFrom && u.side === 'red' ? -1 : haversineKm(place(net, n.place), target);
    if (!best || d < best.d) best = { place: n.place, leg: n.leg.id, d };
  }
  return best && (rear === null || !enemyAt(state, u.side, best.place))
    ? { place: best.place, leg: best.leg }
    : null;
}

function rearOf(state: ForcesState, u: UnitState, from: string) {
  const net = networkOf(state.scenario);
  const country = place(net, from).country;
  if (u.side === 'blue') {
    return (
      state.scenario.places.find((p) => p.kind === 'capital' && p.country === country && p.id !== from) ??
      null
    );
  }
  const home = state.scenario.objectives.redCountries;
  return state.scenario.places.find((p) => home.includes(p.country)) ?? null;
}
