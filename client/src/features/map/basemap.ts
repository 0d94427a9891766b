// The base map: Natural Earth 50 m countries (world-atlas, bundled), split and classed for the theatre.
import { geoBounds, geoCentroid, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-50m.json';

type Polygon = GeoJSON.Polygon;
type Country = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string }>;

/**
 * How a country is shaded: the Baltic states, Poland, the two Red countries, Kaliningrad; Ukraine
 * and its allied neighbours on the ceasefire's map; the rest.
 */
export type CountryClass =
  'baltic' | 'poland' | 'belarus' | 'russia' | 'kaliningrad' | 'nordic' | 'ukraine' | 'ally' | 'other';

/** A map's shading by Natural Earth country id, where its names go, and whether Kaliningrad stands apart. */
export interface CountryStyle {
  readonly classes: Readonly<Record<string, CountryClass>>;
  readonly labels: Readonly<Record<string, readonly [number, number]>>;
  readonly splitKaliningrad: boolean;
  /** Parts of a country drawn apart with a class of their own: its polygons centred inside `box`. */
  readonly pieces?: readonly {
    readonly from: string;
    readonly key: string;
    readonly cls: CountryClass;
    readonly box: readonly [readonly [number, number], readonly [number, number]];
  }[];
}

const CLASS_BY_ID: Readonly<Record<string, CountryClass>> = {
  '233': 'baltic', // Estonia
  '428': 'baltic', // Latvia
  '440': 'baltic', // Lithuania
  '616': 'poland',
  '112': 'belarus',
  '643': 'russia',
  '246': 'nordic', // Finland
  '752': 'nordic', // Sweden
};

/** Where a country's name goes (lon, lat): inside the theatre, clear of the places. */
const LABEL_AT: Readonly<Record<string, [number, number]>> = {
  '233': [24.2, 58.75],
  '428': [22.4, 56.75],
  '440': [24.9, 55.55],
  '616': [20.1, 52.85],
  '112': [27.6, 53.9],
  '643': [31.0, 58.6],
  kaliningrad: [21.15, 55.05],
};

/** The Baltic theatre. */
export const BALTIC_STYLE: CountryStyle = { classes: CLASS_BY_ID, labels: LABEL_AT, splitKaliningrad: true };

export interface CountryShape {
  readonly key: string;
  readonly name: string;
  readonly cls: CountryClass;
  readonly d: string;
  /** Where to write the country's name, in projected pixels; null if off the drawing. */
  readonly label: [number, number] | null;
}

let countries: Country[] | null = null;

function allCountries(): Country[] {
  if (countries === null) {
    const topo = world as unknown as Parameters<typeof feature>[0];
    const fc = feature(topo, 'countries') as unknown as GeoJSON.FeatureCollection<
      GeoJSON.Geometry | null,
      { name: string }
    >;
    countries = fc.features.filter(
      (f): f is Country => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
    );
  }
  return countries;
}

/** Russia's exclave around Kaliningrad, split from the rest of Russia so it can be shaded apart. */
export function splitKaliningrad(russia: Country): { kaliningrad: Country | null; rest: Country } {
  if (russia.geometry.type !== 'MultiPolygon') return { kaliningrad: null, rest: russia };
  const inside = (poly: Polygon['coordinates']) => {
    const [lon, lat] = geoCentroid({ type: 'Polygon', coordinates: poly });
    return lon > 19 && lon < 23 && lat > 54 && lat < 56;
  };
  const polys = russia.geometry.coordinates;
  const k = polys.filter(inside);
  if (k.length === 0) return { kaliningrad: null, rest: russia };
  const mk = (coords: Polygon['coordinates'][], name: string): Country => ({
    ...russia,
    properties: { name },
    geometry: { type: 'MultiPolygon', coordinates: coords },
  });
  return {
    kaliningrad: mk(k, 'Kaliningrad'),
    rest: mk(
      polys.filter((p) => !inside(p)),
      russia.properties.name,
    ),
  };
}

/** A country's polygons centred inside `box`, drawn apart as `name`, and the rest of it. */
export function splitPart(
  country: Country,
  box: readonly [readonly [number, number], readonly [number, number]],
  name: string,
): { part: Country | null; rest: Country } {
  if (country.geometry.type !== 'MultiPolygon') return { part: null, rest: country };
  const [[w, s], [e, n]] = box;
  const inside = (poly: Polygon['coordinates']) => {
    const [lon, lat] = geoCentroid({ type: 'Polygon', coordinates: poly });
    return lon > w && lon < e && lat > s && lat < n;
  };
  const polys = country.geometry.coordinates;
  const mk = (coords: Polygon['coordinates'][], label: string): Country => ({
    ...country,
    properties: { name: label },
    geometry: { type: 'MultiPolygon', coordinates: coords },
  });
  const part = polys.filter(inside);
  if (part.length === 0) return { part: null, rest: country };
  return {
    part: mk(part, name),
    rest: mk(
      polys.filter((p) => !inside(p)),
      country.properties.name,
    ),
  };
}

/** Country outlines that reach into `bounds` ([[w, s], [e, n]]), as SVG paths in the projection. */
export function countryShapes(
  projection: GeoProjection,
  bounds: [[number, number], [number, number]],
  style: CountryStyle = BALTIC_STYLE,
): CountryShape[] {
  const [[w, s], [e, n]] = bounds;
  const path = geoPath(projection);
  const out: CountryShape[] = [];
  const push = (f: Country, key: string, cls: CountryClass) => {
    const d = path(f);
    if (!d) return;
    const at = style.labels[key];
    const c = at ? projection([at[0], at[1]]) : null;
    out.push({ key, name: f.properties.name, cls, d, label: c ? [c[0], c[1]] : null });
  };
  for (const f of allCountries()) {
    const [[fw, fs], [fe, fn]] = geoBounds(f);
    const crossesDateLine = fw > fe;
    if (!crossesDateLine && (fe < w || fw > e)) continue;
    if (fn < s || fs > n) continue;
    const id = String(f.id);
    const pieces = style.pieces?.filter((p) => p.from === id) ?? [];
    if (pieces.length > 0) {
      let whole = f;
      for (const piece of pieces) {
        const { part, rest } = splitPart(whole, piece.box, piece.key);
        if (part) push(part, piece.key, piece.cls);
        whole = rest;
      }
      push(whole, id, style.classes[id] ?? 'other');
    } else if (id === '643' && style.splitKaliningrad) {
      const { kaliningrad, rest } = splitKaliningrad(f);
      if (kaliningrad) push(kaliningrad, 'kaliningrad', 'kaliningrad');
      push(rest, id, 'russia');
    } else push(f, id, style.classes[id] ?? 'other');
  }
  return out;
}

/** Where each of a style's country names goes (projected, unzoomed), with the country's class. */
export function countryLabelPoints(
  projection: GeoProjection,
  style: CountryStyle = BALTIC_STYLE,
): { readonly key: string; readonly cls: CountryClass; readonly at: [number, number] }[] {
  return Object.entries(style.labels).flatMap(([key, [lon, lat]]) => {
    const c = projection([lon, lat]);
    const cls = key === 'kaliningrad' ? 'kaliningrad' : (style.classes[key] ?? 'other');
    return c ? [{ key, cls, at: [c[0], c[1]] as [number, number] }] : [];
  });
}
