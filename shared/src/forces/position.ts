// Where a unit is on the map at an hour: its place, or a point along the leg it is travelling.
import { networkOf, place } from './network';
import type { ForcesState, UnitState } from './state';

export interface LonLat {
  readonly lon: number;
  readonly lat: number;
}

export function positionOf(state: ForcesState, u: UnitState, hour: number): LonLat {
  const net = networkOf(state.scenario);
  if (u.location.kind === 'at') {
    const p = place(net, u.location.placeId);
    return { lon: p.lon, lat: p.lat };
  }
  const span = Math.max(1, u.location.arrivesAt - u.location.departedAt);
  const t = (hour - u.location.departedAt) / span;
  return pointAlong(place(net, u.location.from), place(net, u.location.to), t);
}

/** The point a share `t` (clamped to 0–1) of the way from `a` to `b`, rounded to 1e-4 degrees. */
export function pointAlong(a: LonLat, b: LonLat, t: number): LonLat {
  const k = Math.min(1, Math.max(0, t));
  const r = (n: number) => Math.round(n * 1e4) / 1e4;
  return { lon: r(a.lon + (b.lon - a.lon) * k), lat: r(a.lat + (b.lat - a.lat) * k) };
}
