// Groups on the map: the units standing at one point with the place's name beside them, laid out
// so that no group covers another (see declutter.ts).
import { declutter, type Box } from './declutter';
import { OFF_MAP_PER_ROW, spotPoint, stackMetrics, stackOffsets, type MapLayout, type Zoom } from './layout';
import type { Point } from './geo';
import type { Spot } from './schedule';
import type { ForcesView, UnitView } from './types';
import { tx } from '../../i18n/scenarioText';

export interface Group extends Box {
  readonly key: string;
  readonly placeId: string | null;
  readonly units: readonly UnitView[];
  readonly offMap: boolean;
  /** Symbol size and the offset of each unit from the group's centre. */
  readonly size: number;
  readonly offsets: readonly Point[];
  /** Where the place's name starts, relative to the group's centre (null: no name here). */
  readonly labelAt: Point | null;
}

/** The middle of the corridor's legs (the chokepoint's mark), or null when the scenario has none. */
export function corridorCentre(forces: ForcesView, layout: MapLayout, zoom: Zoom): Point | null {
  const mids = forces.legs.flatMap((leg) => {
    if (!leg.corridor) return [];
    const a = spotPoint(layout, zoom, { kind: 'at', placeId: leg.from });
    const b = spotPoint(layout, zoom, { kind: 'at', placeId: leg.to });
    return a && b ? [{ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }] : [];
  });
  if (mids.length === 0) return null;
  return {
    x: mids.reduce((s, p) => s + p.x, 0) / mids.length,
    y: mids.reduce((s, p) => s + p.y, 0) / mids.length,
  };
}

/** The chokepoint's ring (it grows with the zoom, as the corridor does) and where its name goes. */
export function corridorMark(k: number): { rx: number; ry: number; dx: number; dy: number; width: number } {
  const rx = 26 * Math.sqrt(k);
  return { rx, ry: 20 * Math.sqrt(k), dx: rx + 4, dy: 4, width: 130 };
}

/** Approximate width of a place name at the map's label size. */
export const labelWidth = (name: string): number => name.length * 7.4 + 6;

/** A box on the drawing that groups keep clear of (the zoom buttons). */
export interface KeepClear {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export function layoutGroups(
  forces: ForcesView,
  layout: MapLayout,
  zoom: Zoom,
  spots: ReadonlyMap<string, Spot>,
  keepClear: readonly KeepClear[] = [],
): Group[] {
  const byKey = new Map<string, { anchor: Point; placeId: string | null; units: UnitView[] }>();
  for (const p of forces.places) {
    if (layout.offMap.has(p.id)) continue;
    const anchor = spotPoint(layout, zoom, { kind: 'at', placeId: p.id });
    if (anchor) byKey.set(p.id, { anchor, placeId: p.id, units: [] });
  }
  const offMapGroups = new Map<string, { anchor: Point; units: UnitView[] }>();
  for (const u of forces.units) {
    const spot = spots.get(u.id);
    const p = spot && spotPoint(layout, zoom, spot);
    if (!spot || !p) continue;
    if (spot.kind === 'at' && layout.offMap.has(spot.placeId)) {
      const g = offMapGroups.get(spot.placeId) ?? { anchor: p, units: [] };
      g.units.push(u);
      offMapGroups.set(spot.placeId, g);
      continue;
    }
    const key = spot.kind === 'at' ? spot.placeId : `${Math.round(p.x / 8)},${Math.round(p.y / 8)}`;
    const g = byKey.get(key) ?? { anchor: p, placeId: null, units: [] };
    g.units.push(u);
    byKey.set(key, g);
  }
  const names = new Map(forces.places.map((pl) => [pl.id, pl.name]));
  const m = stackMetrics(zoom.k);
  const fixed = stackMetrics(1);
  const groups: Group[] = [];
  for (const [key, g] of byKey) {
    const n = g.units.length;
    const name = g.placeId ? (names.get(g.placeId) ?? null) : null;
    const half = n ? (Math.min(3, n) * m.step) / 2 : 6;
    const up = n ? (Math.ceil(n / 3) * m.row) / 2 : 8;
    const lw = name ? labelWidth(tx(name)) : 0;
    groups.push({
      key,
      placeId: g.placeId,
      units: g.units,
      offMap: false,
      anchor: g.anchor,
      x: g.anchor.x,
      y: g.anchor.y,
      left: half,
      right: half + lw,
      up,
      down: n ? up : 8,
      fixed: false,
      size: m.size,
      offsets: stackOffsets(n, m.step, m.row),
      labelAt: name ? { x: half + 2, y: n ? -up + 14 : 4 } : null,
    });
  }
  for (const [placeId, g] of offMapGroups) {
    const n = g.units.length;
    const half = (Math.min(OFF_MAP_PER_ROW, n) * fixed.step) / 2;
    const up = (Math.ceil(n / OFF_MAP_PER_ROW) * fixed.row) / 2;
    groups.push({
      key: placeId,
      placeId,
      units: g.units,
      offMap: true,
      anchor: g.anchor,
      x: g.anchor.x,
      y: g.anchor.y,
      left: half,
      right: half,
      up,
      down: up,
      fixed: true,
      size: fixed.size,
      offsets: stackOffsets(n, fixed.step, fixed.row, OFF_MAP_PER_ROW),
      labelAt: null,
    });
  }
  const { width, height } = layout.size;
  const c = corridorCentre(forces, layout, zoom);
  // The corridor's name is fixed: names and stacks make way for it.
  const obstacle: Group | null = c && {
    key: '~corridor',
    placeId: null,
    units: [],
    offMap: false,
    anchor: c,
    x: c.x,
    y: c.y,
    left: 0,
    right: corridorMark(zoom.k).dx + corridorMark(zoom.k).width,
    up: 10,
    down: 10,
    fixed: true,
    size: m.size,
    offsets: [],
    labelAt: null,
  };
  const fixedBoxes: Group[] = keepClear.map((r, i) => ({
    key: `~clear${i}`,
    placeId: null,
    units: [],
    offMap: false,
    anchor: { x: (r.x0 + r.x1) / 2, y: (r.y0 + r.y1) / 2 },
    x: (r.x0 + r.x1) / 2,
    y: (r.y0 + r.y1) / 2,
    left: (r.x1 - r.x0) / 2,
    right: (r.x1 - r.x0) / 2,
    up: (r.y1 - r.y0) / 2,
    down: (r.y1 - r.y0) / 2,
    fixed: true,
    size: m.size,
    offsets: [],
    labelAt: null,
  }));
  if (obstacle) fixedBoxes.push(obstacle);
  const all = declutter([...groups, ...fixedBoxes], {
    x0: layout.left,
    y0: 0,
    x1: width,
    y1: height,
  });
  // A place zoomed in under the off-map column is out of sight, as one zoomed past the frame's
  // edge is: its units are not drawn over the column's.
  return all.filter((g) => !fixedBoxes.includes(g) && (g.offMap || g.anchor.x >= layout.left));
}
