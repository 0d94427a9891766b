// The drawing's frame: projection, place points, the off-map column and unit stacking.
import type { GeoProjection } from 'd3-geo';
import {
  boundsOf,
  offMapSlots,
  offMapFits,
  offMapSpots,
  projectionForBounds,
  splitTheatre,
  theatreProjection,
  PLACE_LABEL,
  type OffMapSlot,
  type OffMapSpot,
  type Point,
  type Size,
} from './geo';
import { wrapName } from './labelFonts';
import type { Spot } from './schedule';
import type { PlaceView } from './types';

export const MAP_SIZE: Size = { width: 1000, height: 760 };
/** Wide enough for a French place name in two lines (ADR 0028). */
export const OFF_MAP_WIDTH = 166;
/** Units in a row of the off-map column (four fit its width). */
export const OFF_MAP_PER_ROW = 4;

/** What depends on the places alone: computed once per scenario. */
export interface MapFrame {
  readonly size: Size;
  readonly projection: GeoProjection;
  readonly bounds: [[number, number], [number, number]];
  /** Where the theatre begins: right of the off-map column. */
  readonly left: number;
  /** Base (unzoomed) point of every on-map place. */
  readonly points: ReadonlyMap<string, Point>;
  readonly offMapPlaces: readonly PlaceView[];
}

/** The frame with the off-map column laid out for the units standing there now. */
export interface MapLayout extends MapFrame {
  readonly offMap: ReadonlyMap<string, OffMapSpot>;
  readonly slots: readonly OffMapSlot[];
  /** Each off-map place's name as written in the column, line by line (absent: the name, whole). */
  readonly offMapNames: ReadonlyMap<string, readonly string[]>;
}

export function frameFor(places: readonly PlaceView[], size: Size = MAP_SIZE): MapFrame {
  const { theatre, offMap } = splitTheatre(places);
  const left = offMap.length ? OFF_MAP_WIDTH : 0;
  const projection = theatreProjection(theatre, size, left);
  const points = new Map<string, Point>();
  for (const p of theatre) {
    const xy = projection([p.lon, p.lat]);
    if (xy) points.set(p.id, { x: xy[0], y: xy[1] });
  }
  return {
    size,
    projection,
    bounds: drawnBounds(projection, boundsOf(theatre), size, left),
    left,
    points,
    offMapPlaces: offMap,
  };
}

/** A frame fitted to a scenario's bounds [[west, south], [east, north]], with no places of its own. */
export function frameForBounds(
  bounds: readonly [readonly [number, number], readonly [number, number]],
  size: Size = MAP_SIZE,
): MapFrame {
  const projection = projectionForBounds(bounds, size);
  const geo: [[number, number], [number, number]] = [
    [bounds[0][0], bounds[0][1]],
    [bounds[1][0], bounds[1][1]],
  ];
  return {
    size,
    projection,
    bounds: drawnBounds(projection, geo, size, 0),
    left: 0,
    points: new Map(),
    offMapPlaces: [],
  };
}

/** The geographic box the drawing shows (its corners), widened so countries reaching into it are drawn. */
function drawnBounds(
  projection: GeoProjection,
  geo: [[number, number], [number, number]],
  size: Size,
  left: number,
): [[number, number], [number, number]] {
  const inverse = (x: number, y: number) => projection.invert?.([x, y]) ?? [0, 0];
  const corners = [
    inverse(left, 0),
    inverse(size.width, 0),
    inverse(left, size.height),
    inverse(size.width, size.height),
  ];
  return [
    [
      Math.min(geo[0][0], ...corners.map((c) => c[0]!)) - 2,
      Math.min(geo[0][1], ...corners.map((c) => c[1]!)) - 1,
    ],
    [
      Math.max(geo[1][0], ...corners.map((c) => c[0]!)) + 2,
      Math.max(geo[1][1], ...corners.map((c) => c[1]!)) + 1,
    ],
  ];
}

/** Room the off-map column gives each line of a place's name after the first. */
export const OFF_MAP_LINE = 14;
/** How wide an off-map place's name may be written (inside its country's box). */
export const OFF_MAP_NAME_WIDTH = OFF_MAP_WIDTH - 26;

/**
 * Lays out the off-map column: each home base gets room for its name and its rows of units. A name
 * too wide for the column (`names`: each place's, in the reader's language) takes up to three lines
 * when the column has the height for them, else two, else one ending with an ellipsis (the place's title still
 * says it whole, on hover).
 */
export function withOffMap(
  frame: MapFrame,
  unitsAt: ReadonlyMap<string, number> = new Map(),
  names: ReadonlyMap<string, string> = new Map(),
): MapLayout {
  const row = stackMetrics(1).row;
  const fitted = (maxLines: number) =>
    new Map([...names].map(([id, text]) => [id, wrapName('offMap', text, OFF_MAP_NAME_WIDTH, maxLines)]));
  const needOf = (lines: ReadonlyMap<string, readonly string[]>) => {
    const name = (id: string) => PLACE_LABEL + Math.max(0, (lines.get(id)?.length ?? 1) - 1) * OFF_MAP_LINE;
    return {
      name,
      need: (id: string) => name(id) + 12 + Math.ceil((unitsAt.get(id) ?? 0) / OFF_MAP_PER_ROW) * row,
    };
  };
  const fits = (lines: ReadonlyMap<string, readonly string[]>) =>
    offMapFits(frame.offMapPlaces, frame.size, needOf(lines).need);
  const offMapNames = [3, 2].map(fitted).find(fits) ?? fitted(1);
  const { name, need } = needOf(offMapNames);
  const slots = offMapSlots(frame.offMapPlaces, frame.size, need);
  return { ...frame, slots, offMap: offMapSpots(slots, OFF_MAP_WIDTH, need, name), offMapNames };
}

/** Convenience for tests and callers without units: the frame with an empty off-map column. */
export const layoutFor = (places: readonly PlaceView[], size: Size = MAP_SIZE): MapLayout =>
  withOffMap(frameFor(places, size));

/** A view transform: scale `k` then translate by (x, y), applied to on-map points only. */
export interface Zoom {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const IDENTITY: Zoom = { k: 1, x: 0, y: 0 };
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;

export const applyZoom = (z: Zoom, p: Point): Point => ({ x: p.x * z.k + z.x, y: p.y * z.k + z.y });

/** Zooms by `factor` keeping the screen point `at` fixed; clamped to 1–8×. */
export function zoomAt(z: Zoom, factor: number, at: Point, size: Size = MAP_SIZE): Zoom {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z.k * factor));
  const f = k / z.k;
  return clampPan({ k, x: at.x - (at.x - z.x) * f, y: at.y - (at.y - z.y) * f }, size);
}

export const panBy = (z: Zoom, dx: number, dy: number, size: Size = MAP_SIZE): Zoom =>
  clampPan({ ...z, x: z.x + dx, y: z.y + dy }, size);

/** Keeps the zoomed map covering the frame: no panning the theatre out of sight. */
export function clampPan(z: Zoom, size: Size = MAP_SIZE): Zoom {
  const minX = size.width * (1 - z.k);
  const minY = size.height * (1 - z.k);
  return { k: z.k, x: Math.min(0, Math.max(minX, z.x)), y: Math.min(0, Math.max(minY, z.y)) };
}

/** A place's screen point under the zoom (off-map places do not zoom). */
export function placePoint(layout: MapLayout, z: Zoom, placeId: string): Point | null {
  const base = layout.points.get(placeId);
  if (base) return applyZoom(z, base);
  return layout.offMap.get(placeId)?.centre ?? null;
}

/** A unit's spot as a screen point: its place, or the fraction along its leg. */
export function spotPoint(layout: MapLayout, z: Zoom, spot: Spot): Point | null {
  if (spot.kind === 'at') return placePoint(layout, z, spot.placeId);
  const a = placePoint(layout, z, spot.from);
  const b = placePoint(layout, z, spot.to);
  if (!a || !b) return a ?? b;
  return { x: a.x + (b.x - a.x) * spot.t, y: a.y + (b.y - a.y) * spot.t };
}

export const STACK_STEP = 38;
export const STACK_ROW = 50;

export interface StackMetrics {
  /** milsymbol size (pixels across the frame). */
  readonly size: number;
  readonly step: number;
  readonly row: number;
}

/** Symbols grow as the map zooms in: compact for the whole theatre, large for a close look. */
export function stackMetrics(k: number): StackMetrics {
  if (k < 1.4) return { size: 17, step: 34, row: 44 };
  if (k < 2.5) return { size: 21, step: 44, row: STACK_ROW + 4 };
  return { size: 25, step: 50, row: 62 };
}

/** Offsets for `n` unit symbols stacked on one point: rows of up to `perRow` (three), centred. */
export function stackOffsets(n: number, step = STACK_STEP, rowStep = step, perRow = 3): Point[] {
  const cols = Math.min(perRow, n);
  const rows = Math.ceil(n / perRow);
  return Array.from({ length: n }, (_, i) => {
    const row = Math.floor(i / perRow);
    const inRow = row === rows - 1 ? n - row * perRow : cols;
    const col = i % perRow;
    return { x: (col - (inRow - 1) / 2) * step, y: (row - (rows - 1) / 2) * rowStep };
  });
}
