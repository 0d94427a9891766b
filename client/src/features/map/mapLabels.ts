// Every name the map writes (places, countries, the corridor, arrival times) placed clear of every
// unit symbol with its strength bar and code (labels.ts), and the symbols themselves: one layout
// that the layers draw from, so what is measured is what is drawn.
import type { Point } from './geo';
import { ASCENT, LABEL_FONTS, labelHeight, labelWidth, type LabelKind } from './labelFonts';
import { placeLabels, type LabelRequest, type Rect } from './labels';
import type { Group } from './stacks';
import { affiliationOf, sidcAs, unitSymbol, type Affiliation, type UnitSymbol } from './symbols';
import type { UnitView } from './types';

export interface UnitMark {
  readonly u: UnitView;
  /** The unit's point on the drawing (the symbol's anchor sits on it). */
  readonly at: Point;
  readonly sym: UnitSymbol;
  readonly affiliation: Affiliation;
  /** Width of the strength bar under the symbol. */
  readonly barWidth: number;
}

/** Where the strength bar and the readiness code sit under a symbol, from its anchor. */
export const BAR_GAP = 1;
export const BAR_HEIGHT = 5;
export const CODE_BASELINE = 16;
const CODE_SIZE = 10;

/** Each unit's symbol, in the viewer's frame (own side friendly, the other hostile), at its place in its group. */
export function unitMarks(groups: readonly Group[], perspective: string): UnitMark[] {
  return groups.flatMap((g) =>
    g.units.map((u, i) => {
      const affiliation = affiliationOf(perspective, u.side);
      return {
        u,
        at: { x: g.x + g.offsets[i]!.x, y: g.y + g.offsets[i]!.y },
        sym: unitSymbol(sidcAs(u.sidc, affiliation), g.size),
        affiliation,
        barWidth: g.size * 1.5,
      };
    }),
  );
}

/** The box a unit's symbol, strength bar and code take on the drawing. */
export function markBox(m: UnitMark): Rect {
  const { at, sym } = m;
  const codeHalf = CODE_SIZE * 1.9;
  const half = Math.max(sym.anchor.x, sym.width - sym.anchor.x, m.barWidth / 2, codeHalf);
  return {
    x0: at.x - half,
    y0: at.y - sym.anchor.y,
    x1: at.x + half,
    y1: at.y + sym.height - sym.anchor.y + CODE_BASELINE + CODE_SIZE * 0.3,
  };
}

/** Air kept around each name (drawing units), so that neighbouring names read apart. */
const NAME_GAP = 1.5;

export interface WantedLabel {
  /** `place:<id>`, `country:<key>`, `corridor`, `eta:<unitId>`. */
  readonly id: string;
  readonly kind: LabelKind;
  readonly text: string;
  /** The text's anchor point (its baseline) where it would be written. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle';
  /** How far it may move (drawing units). */
  readonly maxShift: number;
  /** The point it names (a place, a move's arrival): out of the frame, the name is not written. */
  readonly of?: Point;
  /** The stack of units at that place (the spots beside it are tried). */
  readonly beside?: Rect;
}

export interface LabelSpot {
  /** Text anchor point (baseline), as the SVG <text> takes it. */
  readonly x: number;
  readonly y: number;
  readonly shift: number;
  /** The kind it is written as (a country's name may be written smaller to find room). */
  readonly kind: LabelKind;
  /** The box the name takes (for a leader line to its nearest side). */
  readonly box: Rect;
}

/**
 * Places the names (in the order given, most important first) clear of every unit's box, of
 * `keepClear` (the zoom buttons), of the places' marks (`placeMarks`, but a name's own) and of each
 * other; a name with no clear spot within reach is left out (null).
 */
export function layoutLabels(
  wanted: readonly WantedLabel[],
  marks: readonly UnitMark[],
  bounds: Rect,
  keepClear: readonly Rect[] = [],
  placeMarks: readonly Rect[] = [],
): Map<string, LabelSpot | null> {
  const requests: LabelRequest[] = wanted.map((w) => {
    const width = labelWidth(w.kind, w.text);
    const height = labelHeight(w.kind);
    return {
      id: w.id,
      x: w.anchor === 'middle' ? w.x - width / 2 : w.x,
      y: w.y - ASCENT * LABEL_FONTS[w.kind].size,
      width,
      height,
      maxShift: w.maxShift,
      ...(w.of ? { of: w.of } : {}),
      ...(w.beside ? { beside: w.beside } : {}),
    };
  });
  const placed = placeLabels([...marks.map(markBox), ...keepClear], requests, bounds, NAME_GAP, placeMarks);
  const out = new Map<string, LabelSpot | null>();
  placed.forEach((p, i) => {
    const w = wanted[i]!;
    const r = requests[i]!;
    if (p.x === null || p.y === null) {
      out.set(w.id, null);
      return;
    }
    out.set(w.id, {
      x: w.anchor === 'middle' ? p.x + r.width / 2 : p.x,
      y: p.y + ASCENT * LABEL_FONTS[w.kind].size,
      shift: p.shift,
      kind: w.kind,
      box: { x0: p.x, y0: p.y, x1: p.x + r.width, y1: p.y + r.height },
    });
  });
  return out;
}

/** The point of a box nearest to `p` (where a leader line from a place to its name ends). */
export function nearestOnBox(box: Rect, p: Point): Point {
  return { x: Math.min(box.x1, Math.max(box.x0, p.x)), y: Math.min(box.y1, Math.max(box.y0, p.y)) };
}
