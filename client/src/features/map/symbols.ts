// NATO APP-6 unit symbols drawn by milsymbol, cached as data URLs with their anchor and size.
import ms from 'milsymbol';

export interface UnitSymbol {
  readonly href: string;
  readonly width: number;
  readonly height: number;
  /** The point of the symbol that sits on the unit's position. */
  readonly anchor: { readonly x: number; readonly y: number };
}

const cache = new Map<string, UnitSymbol>();

/** The symbol for a SIDC at a size (pixels across the frame), with a white halo for legibility. */
export function unitSymbol(sidc: string, size: number): UnitSymbol {
  const key = `${sidc}|${size}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const symbol = new ms.Symbol(sidc, { size, outlineWidth: 3, outlineColor: 'white' });
  const svg = symbol.asSVG();
  const { width, height } = symbol.getSize();
  const anchor = symbol.getAnchor();
  const made: UnitSymbol = {
    href: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
    width,
    height,
    anchor,
  };
  cache.set(key, made);
  return made;
}
