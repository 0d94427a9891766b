// Shortest-time routes for a unit over the legs it may use, and what one leg costs it now.
import { leg as legOf, networkOf, otherEnd, place } from './network';
import type { LegDef } from './schema';
import type { ForcesState, UnitState } from './state';
import type { LegMode } from './vocabulary';
import { enemyAt } from './occupancy';

export { anyContact, enemyAt } from './occupancy';

const HEAVY = new Set(['armour', 'mechanised', 'artillery']);

/** Modes a unit may use on a leg: heavy kit goes by road, rail and sea; air units fly. */
export function mayUse(unit: UnitState, l: LegDef, to: string): boolean {
  if (unit.side === 'red') return l.mode === 'road' || l.mode === 'rail';
  if (unit.type === 'air') return l.mode === 'air';
  if (l.mode !== 'air') return true;
  // Heavy units fly only their crews, and only to the site holding their prepositioned kit.
  return !HEAVY.has(unit.type) || (unit.prepositionedAt === to && !unit.drawn);
}

/** Hours this unit takes on this leg if it starts at `hour`, with the frictions that apply. */
export function legCost(
  state: ForcesState,
  unit: UnitState,
  l: LegDef,
  to: string,
  hour: number,
): { hours: number; factors: string[] } {
  const rules = state.scenario.rules;
  let hours = l.hours;
  const factors: string[] = [];
  const until = state.interdicted[l.id];
  if (until !== undefined && until > hour) {
    hours *= rules.interdictionFactor;
    factors.push(`interdicted ×${rules.interdictionFactor}`);
  }
  if (state.control[to] !== unit.side && unit.side === 'red') {
    hours *= rules.hostileAdvanceFactor;
    factors.push(`advance into held ground ×${rules.hostileAdvanceFactor}`);
  }
  return { hours: Math.max(1, Math.round(hours)), factors };
}

/** True when a place is held by, or holds units of, the other side. */
export function hostileAt(state: ForcesState, side: UnitState['side'], placeId: string): boolean {
  if (state.control[placeId] !== undefined && state.control[placeId] !== side) return true;
  return enemyAt(state, side, placeId);
}

export interface Route {
  readonly legs: string[];
  readonly places: string[];
  readonly hours: number;
}

interface Tree {
  readonly dist: Map<string, number>;
  readonly prev: Map<string, { place: string; leg: string }>;
}

const treeCache = new WeakMap<ForcesState, Map<string, Tree>>();
/** While set (withTransientRoutes), new trees are kept here for the call only, not with the state. */
let transient: Map<ForcesState, Map<string, Tree>> | null = null;

/**
 * Runs `build` with the route trees it works out kept only while it runs. The order menu explores
 * every unit's routes to every destination on request; cached with the forces state, those trees
 * would stay for as long as the state lives (~230 KB per Baltic room once every seat asked; ADR 0014).
 * Trees already cached with the state are still used.
 */
export function withTransientRoutes<T>(build: () => T): T {
  const outer = transient;
  transient = outer ?? new Map();
  try {
    return build();
  } finally {
    transient = outer;
  }
}

/**
 * Shortest hours from `from` to every place this unit may reach. `attackTarget` is a hostile
 * place Blue may enter as its destination; without one the tree is cached for this state.
 */
function shortestTree(
  state: ForcesState,
  unit: UnitState,
  from: string,
  hour: number,
  attackTarget: string | null,
  within: ReadonlySet<string> | null,
): Tree {
  const countries = within ? [...within].sort().join(',') : '*';
  const key = `${unit.side}|${unit.type}|${unit.prepositionedAt}|${unit.drawn}|${from}|${hour}|${countries}`;
  let byKey = treeCache.get(state);
  const hit = attackTarget === null ? (byKey?.get(key) ?? transient?.get(state)?.get(key)) : undefined;
  if (hit) return hit;
  const net = networkOf(state.scenario);
  const dist = new Map<string, number>([[from, 0]]);
  const prev = new Map<string, { place: string; leg: string }>();
  const done = new Set<string>();
  for (;;) {
    let best: string | null = null;
    let bestD = Infinity;
    for (const [p, d] of dist) if (!done.has(p) && d < bestD) [best, bestD] = [p, d];
    if (best === null) break;
    done.add(best);
    // Blue never routes through enemy ground; Red attacks through it.
    if (best !== from && unit.side === 'blue' && hostileAt(state, unit.side, best)) continue;
    for (const n of net.neighbours.get(best) ?? []) {
      if (!mayUse(unit, n.leg, n.place)) continue;
      // A move the Council has not authorised never passes through a country its authority leaves out.
      if (within && !within.has(place(net, n.place).country)) continue;
      if (unit.side === 'blue' && n.place !== attackTarget && hostileAt(state, unit.side, n.place)) continue;
      const d = bestD + legCost(state, unit, n.leg, n.place, hour).hours;
      if (d < (dist.get(n.place) ?? Infinity)) {
        dist.set(n.place, d);
        prev.set(n.place, { place: best, leg: n.leg.id });
      }
    }
  }
  const tree = { dist, prev };
  if (attackTarget === null && transient) {
    let trees = transient.get(state);
    if (!trees) transient.set(state, (trees = new Map()));
    trees.set(key, tree);
  } else if (attackTarget === null) {
    if (!byKey) treeCache.set(state, (byKey = new Map()));
    byKey.set(key, tree);
  }
  return tree;
}

function dijkstra(
  state: ForcesState,
  unit: UnitState,
  from: string,
  to: string,
  hour: number,
  enterHostile: boolean,
  within: ReadonlySet<string> | null,
): Route | null {
  const { dist, prev } = shortestTree(state, unit, from, hour, enterHostile ? to : null, within);
  const hours = dist.get(to);
  if (hours === undefined || to === from) return null;
  const legs: string[] = [];
  const places: string[] = [to];
  for (let p = to; p !== from;) {
    const step = prev.get(p)!;
    legs.unshift(step.leg);
    places.unshift(step.place);
    p = step.place;
  }
  return { legs, places, hours };
}

export interface RouteOptions {
  /** The destination is hostile ground the unit attacks. */
  readonly enterHostile?: boolean;
  /** Countries the route may pass through (`countriesAllowed`); anywhere when null or absent. */
  readonly within?: ReadonlySet<string> | null;
}

/** The quickest route for this unit, via its prepositioned kit if it has not drawn it yet. */
export function findRoute(
  state: ForcesState,
  unit: UnitState,
  from: string,
  to: string,
  opts: RouteOptions = {},
): Route | null {
  if (from === to) return null;
  const net = networkOf(state.scenario);
  if (!net.places.has(to)) return null;
  const within = opts.within ?? null;
  if (within && (!within.has(place(net, from).country) || !within.has(place(net, to).country))) return null;
  const aps = unit.prepositionedAt;
  const attack = opts.enterHostile ?? false;
  if (aps && !unit.drawn && from !== aps && to !== aps && (!within || within.has(place(net, aps).country))) {
    const first = dijkstra(state, unit, from, aps, state.hour, false, within);
    const drawn = { ...unit, drawn: true };
    const second = first && dijkstra(state, drawn, aps, to, state.hour, attack, within);
    if (first && second) {
      return {
        legs: [...first.legs, ...second.legs],
        places: [...first.places, ...second.places.slice(1)],
        hours: first.hours + second.hours,
      };
    }
  }
  return dijkstra(state, unit, from, to, state.hour, attack, within);
}

/** Places a route passes, from its start, for a list of legs. */
export function placesOf(state: ForcesState, from: string, legs: readonly string[]): string[] {
  const net = networkOf(state.scenario);
  const out = [from];
  for (const id of legs) out.push(otherEnd(legOf(net, id), out[out.length - 1]!));
  return out;
}

/** True when a route crosses a national border: peacetime permits apply. */
export function crossesBorder(state: ForcesState, places: readonly string[]): boolean {
  const net = networkOf(state.scenario);
  const first = place(net, places[0]!).country;
  return places.some((p) => place(net, p).country !== first);
}

export const modeOf = (state: ForcesState, legId: string): LegMode =>
  legOf(networkOf(state.scenario), legId).mode;
