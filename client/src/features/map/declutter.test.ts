import { describe, expect, it } from 'vitest';
import { declutter, overlaps, type Box } from './declutter';
import { IDENTITY, layoutFor, spotPoint, zoomAt } from './layout';
import { projectAt } from './schedule';
import { layoutGroups } from './stacks';
import { baltic, viewOf } from './testFixture';

const box = (x: number, y: number, fixed = false): Box => ({
  anchor: { x, y },
  x,
  y,
  left: 10,
  right: 10,
  up: 10,
  down: 10,
  fixed,
});
const frame = { x0: 0, y0: 0, x1: 1000, y1: 1000 };

describe('decluttering the map', () => {
  it('pushes overlapping boxes apart and leaves lone ones where they are', () => {
    const boxes = declutter([box(100, 100), box(105, 102), box(500, 500)], frame);
    expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false);
    expect(boxes[2]).toMatchObject({ x: 500, y: 500 });
  });

  it('never moves a fixed box and keeps boxes inside the frame', () => {
    const boxes = declutter([box(5, 5, true), box(6, 6)], frame);
    expect(boxes[0]).toMatchObject({ x: 5, y: 5 });
    expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false);
    expect(boxes[1]!.x - boxes[1]!.left).toBeGreaterThanOrEqual(0);
  });

  it('lays out the Baltic order of battle with no two groups on top of each other', () => {
    const view = viewOf(baltic());
    const layout = layoutFor(view.places);
    for (const zoom of [IDENTITY, zoomAt(IDENTITY, 2, { x: 600, y: 300 })]) {
      const spots = projectAt(view, view.hour);
      const groups = layoutGroups(view, layout, zoom, spots);
      // Every unit is drawn but those zoomed in under the off-map column (out of sight there).
      const under = view.units.filter((u) => {
        const spot = spots.get(u.id)!;
        const onMap = spot.kind !== 'at' || !layout.offMap.has(spot.placeId);
        return onMap && spotPoint(layout, zoom, spot)!.x < layout.left;
      });
      if (zoom === IDENTITY) expect(under).toEqual([]);
      expect(groups.flatMap((g) => g.units).length).toBe(view.units.length - under.length);
      const seen = groups.filter(
        (g) => g.anchor.x >= 0 && g.anchor.x <= 1000 && g.anchor.y >= 0 && g.anchor.y <= 760,
      );
      const clashes = seen.flatMap((a, i) =>
        seen
          .slice(i + 1)
          .filter((b) => overlaps(a, b))
          .map((b) => `${a.key}/${b.key}`),
      );
      expect(clashes.length).toBeLessThanOrEqual(2);
    }
  });
});
