// Every name the map writes, gathered in the order they are placed (most important first) and
// placed clear of the unit symbols and of each other (mapLabels.layoutLabels): one pure function,
// tested with the real scenario's places (placeNames.test.ts).
import { tx } from '../../i18n/scenarioText';
import type { MessageKey, Translate } from '../../i18n';
import { countryLabelPoints } from './basemap';
import { applyZoom, type MapLayout, type Zoom } from './layout';
import type { Rect } from './labels';
import { layoutLabels, markBox, type UnitMark, type WantedLabel } from './mapLabels';
import type { Move } from './MoveLayer';
import { corridorCentre, corridorMark, type Group } from './stacks';
import type { ForcesView } from './types';

/**
 * How far a name may stand from its place (drawing units), joined to it by a leader line: a capital
 * or a place with units searches further than a place without; further away, a name would read as
 * another place's, and is left out instead (the place's mark still says it on hover).
 */
const REACH = { capital: 120, withUnits: 70, place: 40, corridor: 100, eta: 80, country: 160 } as const;

/** Half the size of a place's mark (RouteLayer's MARK, a capital's drawn 1.4 times larger), with its outline. */
const markHalf = (kind: string) => (kind === 'capital' ? 11 : 6);

/** The box a group's units take (symbols, bars and codes). */
function stackBox(g: Group, boxOf: ReadonlyMap<string, Rect>): Rect {
  const boxes = g.units.flatMap((u) => boxOf.get(u.id) ?? []);
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

/**
 * Every name on the map, most important first (capitals, places with units, other places, the
 * corridor, arrival times, countries), placed clear of the unit symbols, of the places' marks and
 * of each other.
 */
export function placedLabels(
  forces: ForcesView,
  layout: MapLayout,
  zoom: Zoom,
  groups: readonly Group[],
  marks: readonly UnitMark[],
  moves: readonly Move[],
  keepClear: readonly Rect[],
  label: (hour: number) => string,
  t: Translate,
) {
  const wanted: WantedLabel[] = [];
  const boxOf = new Map(marks.map((m) => [m.u.id, markBox(m)]));
  const byPlace = new Map(groups.filter((g) => g.placeId && !g.offMap).map((g) => [g.placeId!, g]));
  const places = forces.places
    .filter((p) => !layout.offMap.has(p.id) && byPlace.has(p.id))
    .map((p) => ({ p, g: byPlace.get(p.id)! }))
    .sort(
      (a, b) =>
        Number(b.p.kind === 'capital') - Number(a.p.kind === 'capital') ||
        b.g.units.length - a.g.units.length,
    );
  for (const { p, g } of places) {
    const at = g.labelAt ? { x: g.x + g.labelAt.x, y: g.y + g.labelAt.y } : { x: g.x + 8, y: g.y - 8 };
    wanted.push({
      id: `place:${p.id}`,
      kind: p.kind === 'capital' ? 'capital' : 'place',
      text: tx(p.name),
      x: at.x,
      y: at.y,
      anchor: 'start',
      maxShift: p.kind === 'capital' ? REACH.capital : g.units.length > 0 ? REACH.withUnits : REACH.place,
      of: g.anchor,
      ...(g.units.length > 0 ? { beside: stackBox(g, boxOf) } : {}),
    });
  }
  const c = corridorCentre(forces, layout, zoom);
  if (c) {
    const ring = corridorMark(zoom.k);
    wanted.push({
      id: 'corridor',
      kind: 'corridor',
      text: t('map.corridor'),
      x: c.x + ring.dx,
      y: c.y + ring.dy,
      anchor: 'start',
      maxShift: REACH.corridor,
      of: c,
    });
  }
  for (const m of moves)
    wanted.push({
      id: `eta:${m.u.id}`,
      kind: 'eta',
      text: label(m.arrivesAt),
      x: m.tag.x,
      y: m.tag.y,
      anchor: 'middle',
      maxShift: REACH.eta,
      of: m.tag,
    });
  const countries: WantedLabel[] = countryLabelPoints(layout.projection).map((country) => {
    const p = applyZoom(zoom, { x: country.at[0], y: country.at[1] });
    return {
      id: `country:${country.key}`,
      kind: country.cls === 'kaliningrad' ? 'countrySmall' : 'country',
      text: t(`map.country.${country.key}` as MessageKey),
      x: p.x,
      y: p.y,
      anchor: 'middle',
      maxShift: REACH.country,
    };
  });
  const bounds = { x0: layout.left, y0: 0, x1: layout.size.width, y1: layout.size.height };
  const placeMarks = forces.places.flatMap((p) => {
    const at = layout.points.get(p.id);
    if (!at) return [];
    const { x, y } = applyZoom(zoom, at);
    const h = markHalf(p.kind);
    return [{ x0: x - h, y0: y - h, x1: x + h, y1: y + h }];
  });
  const first = layoutLabels([...wanted, ...countries], marks, bounds, keepClear, placeMarks);
  // A country whose name finds no room in capitals tries again in the smaller letters Kaliningrad's uses.
  const retry = countries.filter((c) => first.get(c.id) === null && c.kind === 'country');
  if (retry.length === 0) return first;
  const smaller = countries.map((c) => (retry.includes(c) ? { ...c, kind: 'countrySmall' as const } : c));
  return layoutLabels([...wanted, ...smaller], marks, bounds, keepClear, placeMarks);
}
