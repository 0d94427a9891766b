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
  const factors: string[] = [];
  if (interdictedAt(state, l, hour)) factors.push(`interdicted ×${rules.interdictionFactor}`);
  if (state.control[to] !== unit.side && unit.side === 'red')
    factors.push(`advance into held ground ×${rules.hostileAdvanceFactor}`);
  return { hours: legHours(state, unit, l, to, hour), factors };
}

function interdictedAt(state: ForcesState, l: LegDef, hour: number): boolean {
  const until = state.interdicted[l.id];
  return until !== undefined && until > hour;
}

/** legCost's hours alone (routes weigh thousands of legs and need no explanation). */
function legHours(state: ForcesState, unit: UnitState, l: LegDef, to: string, hour: number): number {
  const rules = state.scenario.rules;
  let hours = l.hours;
  if (interdictedAt(state, l, hour)) hours *= rules.interdictionFactor;
  if (state.control[to] !== unit.side && unit.side === 'red') hours *= rules.hostileAdvanceFactor;
  return Math.max(1, Math.round(hours));
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

/** By place index (the network's `placeIndex`): hours to get there, and the place and leg before it. */
interface Tree {
  readonly dist: readonly number[];
  readonly prevPlace: readonly number[];
  readonly prevLeg: readonly string[];
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
  const places = state.scenario.places;
  const n = places.length;
  const dist = new Array<number>(n).fill(Infinity);
  const prevPlace = new Array<number>(n).fill(-1);
  const prevLeg = new Array<string>(n).fill('');
  const start = net.placeIndex.get(from);
  if (start !== undefined) {
    // Places in the order they were first reached: among equally near ones the first reached is
    // settled first.
    const reached = [start];
    const done = new Array<boolean>(n).fill(false);
    dist[start] = 0;
    for (;;) {
      let best = -1;
      let bestD = Infinity;
      for (const p of reached) {
        if (done[p] || !(dist[p]! < bestD)) continue;
        best = p;
        bestD = dist[p]!;
      }
      if (best < 0) break;
      done[best] = true;
      const bestId = places[best]!.id;
      // Blue never routes through enemy ground; Red attacks through it.
      if (best !== start && unit.side === 'blue' && hostileAt(state, unit.side, bestId)) continue;
      for (const nb of net.neighbours.get(bestId) ?? []) {
        if (!mayUse(unit, nb.leg, nb.place)) continue;
        // A move the Council has not authorised never passes through a country its authority leaves out.
        if (within && !within.has(places[nb.index]!.country)) continue;
        if (unit.side === 'blue' && nb.place !== attackTarget && hostileAt(state, unit.side, nb.place))
          continue;
        const d = bestD + legHours(state, unit, nb.leg, nb.place, hour);
        if (d < dist[nb.index]!) {
          if (dist[nb.index] === Infinity) reached.push(nb.index);
          dist[nb.index] = d;
          prevPlace[nb.index] = best;
          prevLeg[nb.index] = nb.leg.id;
        }
      }
    }
  }
  const tree = { dist, prevPlace, prevLeg };
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
  const { dist, prevPlace, prevLeg } = shortestTree(
    state,
    unit,
    from,
    hour,
    enterHostile ? to : null,
    within,
  );
  const net = networkOf(state.scenario);
  const end = net.placeIndex.get(to);
  const start = net.placeIndex.get(from);
  if (end === undefined || start === undefined || dist[end] === Infinity || to === from) return null;
  const legs: string[] = [];
  const places: string[] = [to];
  for (let p = end; p !== start; p = prevPlace[p]!) {
    legs.unshift(prevLeg[p]!);
    places.unshift(state.scenario.places[prevPlace[p]!]!.id);
  }
  return { legs, places, hours: dist[end]! };
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
