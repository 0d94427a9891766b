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

/** Bounding box [[west, south], [east, north]] of places, widened by a margin in degrees. */
export function boundsOf(places: readonly PlaceView[], margin = 0.6): [[number, number], [number, number]] {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  return [
    [Math.min(...lons) - margin * 1.6, Math.min(...lats) - margin],
    [Math.max(...lons) + margin * 1.6, Math.max(...lats) + margin],
  ];
}

/**
 * A conformal conic projection centred on the theatre and fitted to the bounding box of its places
 * (with a margin) inside the drawing area, leaving `left` pixels free for the off-map column.
 */
export function theatreProjection(places: readonly PlaceView[], size: Size, left = 0): GeoProjection {
  const [[w, s], [e, n]] = boundsOf(places);
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

/** Off-map places grouped by country into boxes down the left column, west-most country lowest. */
export function offMapSlots(offMap: readonly PlaceView[], size: Size, columnWidth: number): OffMapSlot[] {
  const byCountry = new Map<string, PlaceView[]>();
  for (const p of offMap) byCountry.set(p.country, [...(byCountry.get(p.country) ?? []), p]);
  const countries = [...byCountry.entries()].sort(
    (a, b) => Math.max(...b[1].map((p) => p.lon)) - Math.max(...a[1].map((p) => p.lon)),
  );
  const gap = 10;
  const height = countries.length ? (size.height - gap * (countries.length + 1)) / countries.length : 0;
  return countries.map(([country, ps], i) => ({
    country,
    placeIds: ps.map((p) => p.id),
    x: gap / 2,
    y: gap + i * (height + gap),
    height,
  }));
}

/** Where each off-map place sits inside its country's box (evenly down the box). */
export function offMapPositions(slots: readonly OffMapSlot[], columnWidth: number): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const slot of slots) {
    const step = slot.height / (slot.placeIds.length + 1);
    slot.placeIds.forEach((id, i) =>
      out.set(id, { x: slot.x + columnWidth / 2, y: slot.y + 18 + step * (i + 0.7) }),
    );
  }
  return out;
}
