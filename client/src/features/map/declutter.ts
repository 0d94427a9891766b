// Keeps stacks of units and place names from covering each other: each group is a box pushed
// apart from the boxes it overlaps, and pulled back towards where it belongs.
import type { Point } from './geo';

export interface Box {
  /** Where the group belongs (its place, or its point on a leg). */
  readonly anchor: Point;
  /** Centre of the stack now; the box spans [x - left, x + right] × [y - up, y + down]. */
  x: number;
  y: number;
  readonly left: number;
  readonly right: number;
  readonly up: number;
  readonly down: number;
  /** Fixed boxes push others but never move (the off-map column). */
  readonly fixed: boolean;
}

const PAD = 2;

/** Moves the boxes apart in place (a few rounds of pairwise pushes and a spring home); returns them. */
export function declutter<T extends Box>(
  boxes: T[],
  bounds: { x0: number; y0: number; x1: number; y1: number },
  rounds = 150,
): T[] {
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.fixed && b.fixed) continue;
        const ox = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x - a.left, b.x - b.left) + PAD;
        const oy = Math.min(a.y + a.down, b.y + b.down) - Math.max(a.y - a.up, b.y - b.up) + PAD;
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        const alongX = ox < oy;
        const sign =
          (alongX ? a.x - b.x || a.anchor.x - b.anchor.x : a.y - b.y || a.anchor.y - b.anchor.y) >= 0
            ? 1
            : -1;
        const d = (alongX ? ox : oy) * sign;
        const [da, db] = a.fixed ? [0, -d] : b.fixed ? [d, 0] : [d / 2, -d / 2];
        if (alongX) {
          a.x += da;
          b.x += db;
        } else {
          a.y += da;
          b.y += db;
        }
      }
    const settling = round >= rounds * 0.6;
    for (const box of boxes) {
      if (box.fixed) continue;
      // A gentle pull home, so groups move only as far as they must (not while settling).
      if (!settling) {
        box.x += (box.anchor.x - box.x) * 0.08;
        box.y += (box.anchor.y - box.y) * 0.08;
      }
      // Groups that belong in the frame stay in it; those zoomed out of sight are left alone.
      const inside =
        box.anchor.x >= bounds.x0 &&
        box.anchor.x <= bounds.x1 &&
        box.anchor.y >= bounds.y0 &&
        box.anchor.y <= bounds.y1;
      if (!inside) continue;
      box.x = Math.min(bounds.x1 - box.right, Math.max(bounds.x0 + box.left, box.x));
      box.y = Math.min(bounds.y1 - box.down, Math.max(bounds.y0 + box.up, box.y));
    }
    if (!moved && settling) break;
  }
  return boxes;
}

/** True when two boxes overlap (for tests). */
export function overlaps(a: Box, b: Box): boolean {
  return (
    Math.min(a.x + a.right, b.x + b.right) > Math.max(a.x - a.left, b.x - b.left) &&
    Math.min(a.y + a.down, b.y + b.down) > Math.max(a.y - a.up, b.y - b.up)
  );
}
