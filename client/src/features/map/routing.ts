// Shortest-time routes over the view's legs, for the timeline and the predicted arrival of an order.
// Mirrors shared/src/forces/routing (modes a unit may use, interdiction, hostile ground), without
// the frictions a view does not show (capacity, gauge change, reception, notice to move).
import type { ForcesView, LegView, UnitView } from './types';

const HEAVY = new Set(['armour', 'mechanised', 'artillery']);
/** Transit through an interdicted corridor leg takes this many times as long (rules.interdictionFactor). */
export const INTERDICTION_FACTOR = 3;

export interface RouteStep {
  readonly legId: string;
  readonly from: string;
  readonly to: string;
  readonly hours: number;
}

export interface Route {
  readonly steps: readonly RouteStep[];
  readonly hours: number;
  readonly places: readonly string[];
}

type Mover = Pick<UnitView, 'type' | 'side'> & { readonly prepositionedAt?: string | null };

/**
 * Modes a unit may use: Red by road and rail, aircraft fly, heavy kit does not fly (except its
 * crews, to the site holding its prepositioned equipment, when the view says where that is).
 */
export function mayUse(unit: Mover, leg: Pick<LegView, 'mode'>, to?: string): boolean {
  if (unit.side === 'red') return leg.mode === 'road' || leg.mode === 'rail';
  if (unit.type === 'air') return leg.mode === 'air';
  if (leg.mode !== 'air' || !HEAVY.has(unit.type)) return true;
  return to !== undefined && unit.prepositionedAt === to;
}

/** Hours a leg takes starting at `hour`: longer while interdicted. */
export function legHours(leg: LegView, hour: number): number {
  const cut = leg.interdictedUntil !== null && leg.interdictedUntil > hour;
  return Math.max(1, Math.round(cut ? leg.hours * INTERDICTION_FACTOR : leg.hours));
}

/** Places the other side holds or stands at, as this view shows them. */
export function hostilePlaces(view: ForcesView, side: UnitView['side']): Set<string> {
  const out = new Set<string>();
  for (const p of view.places) if (p.heldBy !== side) out.add(p.id);
  for (const u of view.units)
    if (u.side !== side && u.type !== 'air' && u.readiness !== 'destroyed' && u.location.kind === 'at')
      out.add(u.location.placeId);
  return out;
}

/**
 * Dijkstra from `from` to `to` over the legs this unit may use, starting at `hour`; never through
 * hostile ground (it may end there when `enterHostile`). Null when there is no way.
 */
export function findRoute(
  view: ForcesView,
  unit: Mover,
  from: string,
  to: string,
  hour: number,
  enterHostile = false,
): Route | null {
  if (from === to) return { steps: [], hours: 0, places: [from] };
  const hostile = hostilePlaces(view, unit.side);
  const dist = new Map<string, number>([[from, 0]]);
  const prev = new Map<string, RouteStep>();
  const done = new Set<string>();
  for (;;) {
    let here: string | null = null;
    let best = Infinity;
    for (const [p, d] of dist)
      if (!done.has(p) && d < best) {
        best = d;
        here = p;
      }
    if (here === null) return null;
    if (here === to) break;
    done.add(here);
    if (here !== from && hostile.has(here)) continue;
    for (const leg of view.legs) {
      if (leg.from !== here && leg.to !== here) continue;
      const next = leg.from === here ? leg.to : leg.from;
      if (!mayUse(unit, leg, next) || done.has(next)) continue;
      if (hostile.has(next) && !(enterHostile && next === to)) continue;
      const hours = legHours(leg, hour + best);
      if (best + hours < (dist.get(next) ?? Infinity)) {
        dist.set(next, best + hours);
        prev.set(next, { legId: leg.id, from: here, to: next, hours });
      }
    }
  }
  const steps: RouteStep[] = [];
  for (let p = to; p !== from;) {
    const step = prev.get(p)!;
    steps.unshift(step);
    p = step.from;
  }
  return { steps, hours: dist.get(to)!, places: [from, ...steps.map((s) => s.to)] };
}
