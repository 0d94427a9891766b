// The map's kinds of names, the font each is written in (as in mapSvg.css and units.css), and how
// wide a name is in it: measured by the browser's canvas, estimated generously where there is none.

export type LabelKind = 'place' | 'capital' | 'country' | 'countrySmall' | 'corridor' | 'eta' | 'offMap';

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
  offMap: { size: 12, weight: 700 },
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

/**
 * A name broken into lines no wider than `width` (at word breaks), at most `maxLines`; what does not
 * fit ends the last line with an ellipsis (the whole name is still the place's title, on hover).
 */
export function wrapName(kind: LabelKind, text: string, width: number, maxLines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (!line || labelWidth(kind, next) <= width) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines && lines.every((l) => labelWidth(kind, l) <= width)) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept.pop()!;
  if (lines.length > maxLines) last = `${last} ${lines.slice(maxLines).join(' ')}`;
  while (last.length > 1 && labelWidth(kind, `${last}…`) > width) last = last.slice(0, -1).trimEnd();
  return [...kept.map((l) => fit(kind, l, width)), `${last}…`];
}

/** A single word too long for the line, cut with an ellipsis. */
function fit(kind: LabelKind, text: string, width: number): string {
  if (labelWidth(kind, text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && labelWidth(kind, `${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}
