import { describe, expect, it } from 'vitest';
import { boundsOf, splitTheatre } from './geo';
import {
  applyZoom,
  clampPan,
  IDENTITY,
  layoutFor,
  MAP_SIZE,
  OFF_MAP_WIDTH,
  stackOffsets,
  zoomAt,
} from './layout';
import { baltic, viewOf } from './testFixture';

const view = viewOf(baltic());

describe('map geometry', () => {
  it('keeps the Baltic theatre on the map and sends home bases across the sea off it', () => {
    const { theatre, offMap } = splitTheatre(view.places);
    const ids = (ps: { id: string }[]) => ps.map((p) => p.id);
    expect(ids(theatre)).toEqual(
      expect.arrayContaining(['tallinn', 'riga', 'vilnius', 'powidz', 'kaliningrad', 'pskov']),
    );
    expect(ids(offMap).sort()).toEqual(
      [
        'beaumont',
        'bremerhaven',
        'fort-hood',
        'fort-liberty',
        'marchwood',
        'munster',
        'ramstein',
        'salisbury',
      ].sort(),
    );
  });

  it('widens the bounding box by a margin', () => {
    const [[w, s], [e, n]] = boundsOf(splitTheatre(view.places).theatre);
    expect(w).toBeLessThan(17.85);
    expect(e).toBeGreaterThan(28.6);
    expect(s).toBeLessThan(52.23);
    expect(n).toBeGreaterThan(59.437);
  });

  it('fits every theatre place inside the drawing, right of the off-map column', () => {
    const layout = layoutFor(view.places);
    for (const [, p] of layout.points) {
      expect(p.x).toBeGreaterThanOrEqual(OFF_MAP_WIDTH);
      expect(p.x).toBeLessThanOrEqual(MAP_SIZE.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(MAP_SIZE.height);
    }
    // North is up, east is right.
    const tallinn = layout.points.get('tallinn')!;
    const vilnius = layout.points.get('vilnius')!;
    const narva = layout.points.get('narva')!;
    expect(tallinn.y).toBeLessThan(vilnius.y);
    expect(narva.x).toBeGreaterThan(tallinn.x);
    expect(layout.offMap.get('fort-hood')!.centre.x).toBeLessThan(OFF_MAP_WIDTH);
    expect(layout.slots.map((s) => s.country)).toEqual(['DEU', 'GBR', 'USA']);
  });

  it('zooms about a fixed point and never pans the map out of the frame', () => {
    const z = zoomAt(IDENTITY, 2, { x: 500, y: 380 });
    expect(z.k).toBe(2);
    expect(applyZoom(z, { x: 500, y: 380 })).toEqual({ x: 500, y: 380 });
    expect(zoomAt(IDENTITY, 0.5, { x: 0, y: 0 })).toEqual(IDENTITY);
    expect(zoomAt(IDENTITY, 100, { x: 0, y: 0 }).k).toBe(8);
    expect(clampPan({ k: 2, x: 50, y: -5000 })).toEqual({ k: 2, x: 0, y: -MAP_SIZE.height });
  });

  it('stacks units on one point in centred rows of three', () => {
    expect(stackOffsets(1)).toEqual([{ x: 0, y: 0 }]);
    expect(stackOffsets(2, 34).map((p) => p.x)).toEqual([-17, 17]);
    const four = stackOffsets(4, 10);
    expect(four).toHaveLength(4);
    expect(four[3]).toEqual({ x: 0, y: 5 });
  });
});
