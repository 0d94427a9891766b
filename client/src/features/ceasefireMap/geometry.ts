// Geometry of the ceasefire map: the line moved by the front's shift, the zone's width in pixels,
// and units spread apart where several stand on one point.
import type { GeoProjection } from 'd3-geo';
import type { Point } from '../map/geo';
import { stackOffsets } from '../map/layout';

const KM_PER_DEGREE = 111.2;

type LonLat = readonly [number, number];

/** The line moved `km` along compass `bearing` (degrees): where a sector stands after it shifted. */
export function shiftLine(line: readonly LonLat[], km: number, bearing: number): [number, number][] {
  const rad = (bearing * Math.PI) / 180;
  return line.map(([lon, lat]) => {
    const north = (km * Math.cos(rad)) / KM_PER_DEGREE;
    const east = (km * Math.sin(rad)) / (KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
    return [lon + east, lat + north];
  });
}

/** Pixels per km of the projection near a point (north–south, where a conformal scale is the same). */
export function pixelsPerKm(projection: GeoProjection, [lon, lat]: LonLat): number {
  const a = projection([lon, lat - 0.5]);
  const b = projection([lon, lat + 0.5]);
  if (!a || !b) return 0;
  return Math.hypot(b[0] - a[0], b[1] - a[1]) / KM_PER_DEGREE;
}

/** The point halfway along a line (by its points), where a sector's name goes. */
export function middleOf(line: readonly LonLat[]): LonLat {
  return line[Math.floor((line.length - 1) / 2)]!;
}

/** An SVG path through projected points, or '' when none projects. */
export function pathOf(projection: GeoProjection, line: readonly LonLat[]): string {
  const points = line.flatMap((p) => {
    const xy = projection([p[0], p[1]]);
    return xy ? [`${xy[0].toFixed(1)},${xy[1].toFixed(1)}`] : [];
  });
  return points.length < 2 ? '' : `M${points.join('L')}`;
}

/** Pixels within which units count as standing on one spot. */
export const NEAR = 12;

/**
 * Screen points for items that may share a spot: those within `near` pixels of each other are
 * grouped, and each group is laid out in rows of three around its first point.
 */
export function spreadApart<T>(
  items: readonly T[],
  at: (item: T) => Point,
  step: number,
  near = NEAR,
): Map<T, Point> {
  const groups: { centre: Point; members: T[] }[] = [];
  for (const item of items) {
    const p = at(item);
    const group = groups.find((g) => Math.hypot(g.centre.x - p.x, g.centre.y - p.y) < near);
    if (group) group.members.push(item);
    else groups.push({ centre: p, members: [item] });
  }
  const out = new Map<T, Point>();
  for (const { centre, members } of groups) {
    const offsets = stackOffsets(members.length, step);
    members.forEach((m, i) => out.set(m, { x: centre.x + offsets[i]!.x, y: centre.y + offsets[i]!.y }));
  }
  return out;
}

/** A box on the screen: left, top, right, bottom. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The box a line of text covers, its width estimated from the font size (no layout in the map). */
export function textBox(x: number, y: number, text: string, size: number, anchor: 'start' | 'middle'): Box {
  const width = text.length * size * 0.6;
  const x0 = anchor === 'middle' ? x - width / 2 : x;
  return { x0, y0: y - size, x1: x0 + width, y1: y + size * 0.25 };
}

export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
