// Where the map's names are written: never under a unit symbol, never over another name, never
// over another place's mark, never out of the frame. Each name keeps the place it was given when
// that is clear; otherwise it moves to the nearest clear spot, searched in rings around where it
// wanted to be; a name with no clear spot within reach is left out (its place still says it on hover).

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
  /** How far it may move (drawing units); past that it is left out rather than written over anything. */
  readonly maxShift: number;
  /** The point it names (its place): out of the frame, the name is not written; its own mark may touch it. */
  readonly of?: { readonly x: number; readonly y: number };
  /** The stack of units standing there: the spots beside it are tried too. */
  readonly beside?: Rect;
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

/** Gap between a place's point and a name set beside it. */
const BESIDE = 7;

/**
 * Candidate top-left corners, nearest first: the wanted spot; then the usual spots beside the
 * point it names (right, left, above, below, then the corners) and beside its stack of units (its
 * corners' sides, above, below), always within reach and moved inside the frame; then rings of
 * growing radius around the wanted spot.
 */
function* candidates(l: LabelRequest, bounds: Rect): Generator<{ x: number; y: number; shift: number }> {
  yield { x: l.x, y: l.y, shift: 0 };
  const { width: w, height: h } = l;
  const moved = (x: number, y: number) => {
    const cx = Math.min(bounds.x1 - w - 2, Math.max(bounds.x0 + 2, x));
    const cy = Math.min(bounds.y1 - h - 2, Math.max(bounds.y0 + 2, y));
    return { x: cx, y: cy, shift: Math.hypot(cx - l.x, cy - l.y) };
  };
  if (l.of) {
    const { x, y } = l.of;
    const d = BESIDE * 0.7;
    yield moved(x + BESIDE, y - h / 2);
    yield moved(x - BESIDE - w, y - h / 2);
    yield moved(x - w / 2, y - BESIDE - h);
    yield moved(x - w / 2, y + BESIDE);
    yield moved(x + d, y - d - h);
    yield moved(x + d, y + d);
    yield moved(x - d - w, y - d - h);
    yield moved(x - d - w, y + d);
  }
  if (l.beside) {
    const { x0, y0, x1, y1 } = l.beside;
    const mid = (y0 + y1) / 2 - h / 2;
    for (const y of [y0, mid, y1 - h]) {
      yield moved(x1 + 2, y);
      yield moved(x0 - 2 - w, y);
    }
    yield moved(x0, y0 - 2 - h);
    yield moved(x0, y1 + 2);
    yield moved(x1 - w, y0 - 2 - h);
    yield moved(x1 - w, y1 + 2);
  }
  for (let r = RING; r <= l.maxShift / 0.8; r += RING) {
    // Flat boxes: search an ellipse twice as wide as tall, so names slide sideways before up or down.
    for (let i = 0; i < DIRECTIONS; i++) {
      const a = (i / DIRECTIONS) * 2 * Math.PI;
      const dx = Math.cos(a) * r * 1.6;
      const dy = Math.sin(a) * r * 0.8;
      const shift = Math.hypot(dx, dy);
      if (shift <= l.maxShift) yield { x: l.x + dx, y: l.y + dy, shift };
    }
  }
}

/** How far a point is from a box (0 inside it). */
const gap = (r: Rect, p: { readonly x: number; readonly y: number }): number =>
  Math.hypot(Math.max(r.x0 - p.x, 0, p.x - r.x1), Math.max(r.y0 - p.y, 0, p.y - r.y1));

/** How far from its point a name may stand: its reach past its stack of units (when there is one). */
function reachOf(l: LabelRequest, of: { readonly x: number; readonly y: number }): number {
  const b = l.beside;
  const stack = b
    ? Math.max(Math.abs(b.x0 - of.x), Math.abs(b.x1 - of.x)) +
      Math.max(Math.abs(b.y0 - of.y), Math.abs(b.y1 - of.y))
    : 0;
  return l.maxShift + stack + BESIDE * 2;
}

const contains = (r: Rect, p: { readonly x: number; readonly y: number }): boolean =>
  p.x >= r.x0 && p.x <= r.x1 && p.y >= r.y0 && p.y <= r.y1;

/**
 * Places each name, in the order given (most important first): the nearest spot within reach that
 * is inside `bounds` and clear of every symbol, of every place mark but its own and of the names
 * already placed; a name with no such spot is left out (null). No two placed names meet, and none
 * meets a symbol's box (`symbols` may hold other boxes names must stay off, like buttons).
 */
export function placeLabels(
  symbols: readonly Rect[],
  labels: readonly LabelRequest[],
  bounds: Rect,
  pad = 1,
  marks: readonly Rect[] = [],
): PlacedLabel[] {
  const taken: Rect[] = [];
  return labels.map((l) => {
    const none = { id: l.id, x: null, y: null, shift: 0 };
    const wanted = { x0: l.x, y0: l.y, x1: l.x + l.width, y1: l.y + l.height };
    if (l.of ? !contains(bounds, l.of) : !intersects(wanted, bounds)) return none;
    const others = l.of ? marks.filter((m) => !contains(m, l.of!)) : marks;
    const limit = l.of ? reachOf(l, l.of) : Infinity;
    for (const c of candidates(l, bounds)) {
      const box = { x0: c.x - pad, y0: c.y - pad, x1: c.x + l.width + pad, y1: c.y + l.height + pad };
      if (l.of && gap(box, l.of) > limit) continue;
      const inside = box.x0 >= bounds.x0 && box.y0 >= bounds.y0 && box.x1 <= bounds.x1 && box.y1 <= bounds.y1;
      if (!inside) continue;
      if (symbols.some((s) => intersects(s, box))) continue;
      if (taken.some((s) => intersects(s, box))) continue;
      if (others.some((s) => intersects(s, box))) continue;
      taken.push(box);
      return { id: l.id, x: c.x, y: c.y, shift: c.shift };
    }
    return none;
  });
}
