// Where the map's names are written: never under a unit symbol. Each name keeps the place it was
// given when that is clear of every symbol (and of the names placed before it); otherwise it moves
// to the nearest clear spot, searched in rings around where it wanted to be.

export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface LabelRequest {
  readonly id: string;
  /** Where the name would be written: its box's top-left corner, in drawing units. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** How far it may move (drawing units); past that it is left out rather than written over a symbol. */
  readonly maxShift: number;
  /** When no spot clear of other names is within reach: one clear of symbols only (true), or none. */
  readonly mayCoverNames?: boolean;
}

export interface PlacedLabel {
  readonly id: string;
  /** Top-left corner of the name's box (null: no clear spot within reach, the name is not written). */
  readonly x: number | null;
  readonly y: number | null;
  /** How far it moved from where it wanted to be. */
  readonly shift: number;
}

export const intersects = (a: Rect, b: Rect): boolean =>
  Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);

const RING = 6;
const DIRECTIONS = 24;

/** Candidate top-left corners, nearest first: the wanted spot, then rings of growing radius. */
function* candidates(l: LabelRequest): Generator<{ x: number; y: number; shift: number }> {
  yield { x: l.x, y: l.y, shift: 0 };
  for (let r = RING; r <= l.maxShift; r += RING) {
    // Flat boxes: search an ellipse twice as wide as tall, so names slide sideways before up or down.
    for (let i = 0; i < DIRECTIONS; i++) {
      const a = (i / DIRECTIONS) * 2 * Math.PI;
      const dx = Math.cos(a) * r * 1.6;
      const dy = Math.sin(a) * r * 0.8;
      yield { x: l.x + dx, y: l.y + dy, shift: Math.hypot(dx, dy) };
    }
  }
}

/**
 * Places each name, in the order given (most important first): a spot clear of every symbol and of
 * the names already placed, inside `bounds`, when one is within reach; failing that, one clear of
 * symbols only (unless the name may not cover others); failing that, none. No placed name ever
 * intersects a symbol's box (`symbols` may hold other boxes names must stay off, like buttons).
 */
export function placeLabels(
  symbols: readonly Rect[],
  labels: readonly LabelRequest[],
  bounds: Rect,
  pad = 1,
): PlacedLabel[] {
  const taken: Rect[] = [];
  return labels.map((l) => {
    let fallback: { x: number; y: number; shift: number } | null = null;
    for (const c of candidates(l)) {
      const box = { x0: c.x - pad, y0: c.y - pad, x1: c.x + l.width + pad, y1: c.y + l.height + pad };
      const inside = box.x0 >= bounds.x0 && box.y0 >= bounds.y0 && box.x1 <= bounds.x1 && box.y1 <= bounds.y1;
      // A name that starts out of the frame (zoomed away) stays where it is, unless symbols cover it.
      if (!inside && c.shift > 0) continue;
      if (symbols.some((s) => intersects(s, box))) continue;
      if (!taken.some((s) => intersects(s, box))) {
        taken.push(box);
        return { id: l.id, x: c.x, y: c.y, shift: c.shift };
      }
      fallback ??= c;
    }
    if (!fallback || l.mayCoverNames === false) return { id: l.id, x: null, y: null, shift: 0 };
    taken.push({ x0: fallback.x, y0: fallback.y, x1: fallback.x + l.width, y1: fallback.y + l.height });
    return { id: l.id, x: fallback.x, y: fallback.y, shift: fallback.shift };
  });
}
