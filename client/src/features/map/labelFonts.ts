// The map's kinds of names, the font each is written in (as in mapSvg.css and units.css), and how
// wide a name is in it: measured by the browser's canvas, estimated generously where there is none.

export type LabelKind = 'place' | 'capital' | 'country' | 'countrySmall' | 'corridor' | 'eta';

interface LabelFont {
  readonly size: number;
  readonly weight: number;
  readonly italic?: boolean;
  /** Letter spacing in em. */
  readonly spacing?: number;
}

/** Keep in step with the CSS of each kind (map-place__label, map-country-label, …). */
export const LABEL_FONTS: Readonly<Record<LabelKind, LabelFont>> = {
  place: { size: 13, weight: 600 },
  capital: { size: 16, weight: 800 },
  country: { size: 19, weight: 700, spacing: 0.18 },
  countrySmall: { size: 13, weight: 700, spacing: 0.08 },
  corridor: { size: 14, weight: 700, italic: true },
  eta: { size: 13, weight: 700 },
};

/** Above and below the baseline, as fractions of the font size (a little more than the fonts'). */
export const ASCENT = 0.96;
export const DESCENT = 0.28;

let context: CanvasRenderingContext2D | null | undefined;
let family = 'sans-serif';

function canvas(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (context && typeof getComputedStyle === 'function')
      family = getComputedStyle(document.body).fontFamily || family;
    // happy-dom has a canvas without text metrics.
    if (context && typeof context.measureText('x').width !== 'number') context = null;
  } catch {
    context = null;
  }
  return context;
}

const cache = new Map<string, number>();

/** The width of `text` written as a `kind` label, in CSS pixels. */
export function labelWidth(kind: LabelKind, text: string): number {
  const key = `${kind}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const f = LABEL_FONTS[kind];
  const spacing = (f.spacing ?? 0) * f.size * text.length;
  const ctx = canvas();
  let width: number;
  if (ctx) {
    ctx.font = `${f.italic ? 'italic ' : ''}${f.weight} ${f.size}px ${family}`;
    width = ctx.measureText(text).width * 1.04 + spacing + 2;
  } else {
    width = text.length * f.size * 0.66 + spacing + 2;
  }
  cache.set(key, width);
  return width;
}

export const labelHeight = (kind: LabelKind): number => LABEL_FONTS[kind].size * (ASCENT + DESCENT);
