// The route network as lookups: places and legs by id and who is next to whom, built once per scenario.
import { verbatim, type LocalisedText } from '../scenario/text';
import type { ForcesScenario, LegDef, PlaceDef, UnitDef } from './schema';

export interface Neighbour {
  readonly leg: LegDef;
  readonly place: string;
  /** The place's position in the scenario's list of places. */
  readonly index: number;
}

export interface Network {
  readonly places: ReadonlyMap<string, PlaceDef>;
  /** Place id → its position in the scenario's list of places. */
  readonly placeIndex: ReadonlyMap<string, number>;
  readonly legs: ReadonlyMap<string, LegDef>;
  readonly neighbours: ReadonlyMap<string, readonly Neighbour[]>;
  readonly unitDefs: ReadonlyMap<string, UnitDef>;
  /** Place id → the NFIU place receiving forces in that place's country, if any. */
  readonly nfiuFor: ReadonlyMap<string, PlaceDef>;
}

const cache = new WeakMap<ForcesScenario, Network>();

export function networkOf(scenario: ForcesScenario): Network {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const places = new Map(scenario.places.map((p) => [p.id, p]));
  const legs = new Map(scenario.legs.map((l) => [l.id, l]));
  const placeIndex = new Map(scenario.places.map((p, i) => [p.id, i]));
  const neighbours = new Map<string, Neighbour[]>(scenario.places.map((p) => [p.id, []]));
  for (const leg of scenario.legs) {
    neighbours.get(leg.from)?.push({ leg, place: leg.to, index: placeIndex.get(leg.to) ?? -1 });
    neighbours.get(leg.to)?.push({ leg, place: leg.from, index: placeIndex.get(leg.from) ?? -1 });
  }
  const nfiuByCountry = new Map(scenario.places.filter((p) => p.nfiu).map((p) => [p.country, p] as const));
  const nfiuFor = new Map<string, PlaceDef>();
  for (const p of scenario.places) {
    const n = nfiuByCountry.get(p.country);
    if (n) nfiuFor.set(p.id, n);
  }
  const net: Network = {
    places,
    placeIndex,
    legs,
    neighbours,
    unitDefs: new Map(scenario.units.map((u) => [u.id, u])),
    nfiuFor,
  };
  cache.set(scenario, net);
  return net;
}

export function place(net: Network, id: string): PlaceDef {
  const p = net.places.get(id);
  if (!p) throw new Error(`unknown place ${id}`);
  return p;
}

/** A place's name for a refusal's params: the id itself stands in for a place the map lacks. */
export const placeName = (net: Network, id: string): LocalisedText =>
  net.places.get(id)?.name ?? verbatim(id);

export function leg(net: Network, id: string): LegDef {
  const l = net.legs.get(id);
  if (!l) throw new Error(`unknown leg ${id}`);
  return l;
}

/** The other end of a leg seen from `from`. */
export const otherEnd = (l: LegDef, from: string): string => (l.from === from ? l.to : l.from);

/** Great-circle distance in km, for views, sanity checks of authored leg lengths and straight marches. */
export function haversineKm(
  a: { readonly lon: number; readonly lat: number },
  b: { readonly lon: number; readonly lat: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
