// Map geometry: which places fit the theatre, the projection fitted to them, and the off-map column.
import { geoConicConformal, geoDistance, type GeoProjection } from 'd3-geo';
import type { PlaceView } from './types';

const EARTH_KM = 6371;
/** Places farther than this from the centre of the scenario's places sit off the map (home bases). */
export const THEATRE_RADIUS_KM = 900;

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Splits places into those drawn on the map and the far-away ones (home bases across the ocean). */
export function splitTheatre(places: readonly PlaceView[]): {
  theatre: PlaceView[];
  offMap: PlaceView[];
} {
  if (places.length === 0) return { theatre: [], offMap: [] };
  const centre: [number, number] = [median(places.map((p) => p.lon)), median(places.map((p) => p.lat))];
  const theatre: PlaceView[] = [];
  const offMap: PlaceView[] = [];
  for (const p of places) {
    const km = geoDistance(centre, [p.lon, p.lat]) * EARTH_KM;
    (km <= THEATRE_RADIUS_KM ? theatre : offMap).push(p);
  }
  return { theatre, offMap };
}

/**
 * Bounding box [[west, south], [east, north]] of places, widened by a margin in degrees; more to
 * the east, where names are written right of the places, and to the north, above the crowded
 * Estonian border, so stacks of units have room to spread.
 */
export function boundsOf(places: readonly PlaceView[], margin = 0.5): [[number, number], [number, number]] {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  return [
    [Math.min(...lons) - margin, Math.min(...lats) - margin],
    [Math.max(...lons) + margin * 4, Math.max(...lats) + margin * 2],
  ];
}

/**
 * A conformal conic projection centred on the theatre and fitted to the bounding box of its places
 * (with a margin) inside the drawing area, leaving `left` pixels free for the off-map column.
 */
export function theatreProjection(places: readonly PlaceView[], size: Size, left = 0): GeoProjection {
  return projectionForBounds(boundsOf(places), size, left);
}

/**
 * A conformal conic projection centred on a bounding box [[west, south], [east, north]] and fitted
 * to it inside the drawing area, leaving `left` pixels free (a scenario's map frame, or its places').
 */
export function projectionForBounds(
  bounds: readonly [readonly [number, number], readonly [number, number]],
  size: Size,
  left = 0,
): GeoProjection {
  const [[w, s], [e, n]] = bounds;
  const lon0 = (w + e) / 2;
  const box = {
    type: 'MultiPoint' as const,
    coordinates: [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [lon0, s],
      [lon0, n],
    ],
  };
  const pad = 16;
  return geoConicConformal()
    .rotate([-lon0, 0])
    .parallels([s + (n - s) / 4, n - (n - s) / 4])
    .fitExtent(
      [
        [left + pad, pad],
        [size.width - pad, size.height - pad],
      ],
      box,
    );
}

export interface OffMapSlot {
  readonly country: string;
  readonly placeIds: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly height: number;
}

export interface OffMapSpot {
  /** Where the place's name is written (left-aligned; its first line's baseline). */
  readonly label: Point;
  /** The centre of the place's stack of units. */
  readonly centre: Point;
}

const BOX_GAP = 10;
const BOX_TITLE = 22;
export const PLACE_LABEL = 18;
/** Room for a place with no units: its name and a little space. */
const EMPTY_PLACE = PLACE_LABEL + 12;

/**
 * Off-map places grouped by country into boxes down the left column (east-most country on top);
 * each place needs `need` pixels (its name and rows of units), and the column's spare height is
 * shared in proportion to the need.
 */
export function offMapSlots(
  offMap: readonly PlaceView[],
  size: Size,
  need: (placeId: string) => number = () => EMPTY_PLACE,
): OffMapSlot[] {
  const byCountry = new Map<string, PlaceView[]>();
  for (const p of offMap) byCountry.set(p.country, [...(byCountry.get(p.country) ?? []), p]);
  const countries = [...byCountry.entries()].sort(
    (a, b) => Math.max(...b[1].map((p) => p.lon)) - Math.max(...a[1].map((p) => p.lon)),
  );
  const needs = countries.map(([, ps]) => BOX_TITLE + ps.reduce((sum, p) => sum + need(p.id), 0));
  const total = needs.reduce((a, b) => a + b, 0);
  const free = size.height - BOX_GAP * (countries.length + 1);
  let y = BOX_GAP;
  return countries.map(([country, ps], i) => {
    const height = (free * needs[i]!) / total;
    const slot = { country, placeIds: ps.map((p) => p.id), x: BOX_GAP / 2, y, height };
    y += height + BOX_GAP;
    return slot;
  });
}

/** Whether the column holds every off-map place's `need` without squeezing any. */
export function offMapFits(
  offMap: readonly PlaceView[],
  size: Size,
  need: (placeId: string) => number = () => EMPTY_PLACE,
): boolean {
  const countries = new Set(offMap.map((p) => p.country)).size;
  const total = countries * BOX_TITLE + offMap.reduce((sum, p) => sum + need(p.id), 0);
  return total <= size.height - BOX_GAP * (countries + 1);
}

/** Where each off-map place's name and unit stack sit inside its country's box. */
export function offMapSpots(
  slots: readonly OffMapSlot[],
  columnWidth: number,
  need: (placeId: string) => number = () => EMPTY_PLACE,
  nameRoom: (placeId: string) => number = () => PLACE_LABEL,
): Map<string, OffMapSpot> {
  const out = new Map<string, OffMapSpot>();
  for (const slot of slots) {
    const total = slot.placeIds.reduce((sum, id) => sum + need(id), 0);
    let y = slot.y + BOX_TITLE;
    const per = (slot.height - BOX_TITLE) / Math.max(1, total);
    for (const id of slot.placeIds) {
      const h = per * need(id);
      const name = nameRoom(id);
      // Units reach further below their point (strength bar, code) than above it: lifted a little.
      out.set(id, {
        label: { x: slot.x + 6, y: y + 12 },
        centre: { x: slot.x + (columnWidth - BOX_GAP) / 2, y: y + name + (h - name) / 2 - 4 },
      });
      y += h;
    }
  }
  return out;
}
