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

/** How the viewer's side frames a unit: its own side's as friends, the other side's as hostile. */
export type Affiliation = 'friend' | 'hostile';

/**
 * The affiliation of a unit of `side` to a viewer whose picture the server drew from `perspective`
 * (the view's `perspective`): Red's own forces are friends to Red and NATO's hostile; Control reads
 * the picture as NATO does.
 */
export function affiliationOf(perspective: string, side: string): Affiliation {
  const own = perspective === 'control' ? 'blue' : perspective;
  return side === own ? 'friend' : 'hostile';
}

/** The SIDC with its standard identity (the second character) set to the viewer's affiliation. */
export function sidcAs(sidc: string, affiliation: Affiliation): string {
  return `${sidc.slice(0, 1)}${affiliation === 'friend' ? 'F' : 'H'}${sidc.slice(2)}`;
}

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
