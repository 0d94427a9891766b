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
 * Candidate top-left corners, nearest first: the wanted spot; then, for a name of a point, the
 * usual spots beside it (right, left, above, below, then the corners), always within reach; then
 * rings of growing radius around the wanted spot.
 */
function* candidates(l: LabelRequest): Generator<{ x: number; y: number; shift: number }> {
  yield { x: l.x, y: l.y, shift: 0 };
  const moved = (x: number, y: number) => ({ x, y, shift: Math.hypot(x - l.x, y - l.y) });
  if (l.of) {
    const { x, y } = l.of;
    const { width: w, height: h } = l;
    yield moved(x + BESIDE, y - h / 2);
    yield moved(x - BESIDE - w, y - h / 2);
    yield moved(x - w / 2, y - BESIDE - h);
    yield moved(x - w / 2, y + BESIDE);
    yield moved(x + BESIDE * 0.7, y - BESIDE * 0.7 - h);
    yield moved(x + BESIDE * 0.7, y + BESIDE * 0.7);
    yield moved(x - BESIDE * 0.7 - w, y - BESIDE * 0.7 - h);
    yield moved(x - BESIDE * 0.7 - w, y + BESIDE * 0.7);
  }
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
    for (const c of candidates(l)) {
      const box = { x0: c.x - pad, y0: c.y - pad, x1: c.x + l.width + pad, y1: c.y + l.height + pad };
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
