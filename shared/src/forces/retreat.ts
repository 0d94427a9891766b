// Falling back: where a beaten or spent unit goes, and aircraft leaving a base the enemy takes.
import { depart } from './movement';
import { haversineKm, networkOf, place } from './network';
import { enemyAt, hostileAt, mayUse } from './routing';
import type { Step } from './step';
import type { ForcesState, UnitState } from './state';
import type { Side } from './vocabulary';

/** Aircraft of the losing side at a captured place fly to the nearest friendly base. */
export function evacuateAir(step: Step, placeId: string, captor: Side, h: number): void {
  for (const u of Object.values(step.state.units)) {
    if (
      u.side !== captor &&
      u.type === 'air' &&
      u.readiness !== 'destroyed' &&
      u.location.kind === 'at' &&
      u.location.placeId === placeId
    ) {
      fallBack(step, u, placeId, h, 'retreat');
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
