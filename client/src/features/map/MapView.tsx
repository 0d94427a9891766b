// The map: base, routes, places, moves and units in one SVG, with pan, zoom and keyboard access.
import { useMemo, useRef } from 'react';
import { tx } from '../../i18n/scenarioText';
import { useT, type MessageKey, type Translate } from '../../i18n';
import { isMessageKey } from '../../i18n/translate';
import { BaseLayer } from './BaseLayer';
import { countryLabelPoints } from './basemap';
import { Legend } from './Legend';
import { MapSvg } from './MapSvg';
import { applyZoom, frameFor, OFF_MAP_WIDTH, withOffMap, type MapLayout, type Zoom } from './layout';
import type { Rect } from './labels';
import { layoutLabels, unitMarks, type UnitMark, type WantedLabel } from './mapLabels';
import { movesAt, MoveLayer, type Move } from './MoveLayer';
import { LegLayer, PlaceLayer } from './RouteLayer';
import { readinessAt, type Schedule, type Spot } from './schedule';
import { corridorCentre, corridorMark, layoutGroups, type Group } from './stacks';
import { affiliationOf } from './symbols';
import { UnitLayer } from './UnitLayer';
import { useMapSize } from './useMapSize';
import { useZoom } from './useZoom';
import { ZoomButtons } from './ZoomButtons';
import type { ForcesView } from './types';

interface Props {
  readonly forces: ForcesView;
  readonly schedules: ReadonlyMap<string, Schedule>;
  readonly spots: ReadonlyMap<string, Spot>;
  readonly atHour: number;
  readonly label: (hour: number) => string;
  readonly selected: string | null;
  readonly onSelect: (unitId: string) => void;
}

export function MapView({ forces, schedules, spots, atHour, label, selected, onSelect }: Props) {
  const t = useT();
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const { size, controls } = useMapSize(boxRef);
  const keepClear = useMemo(
    () =>
      controls.width > 0
        ? [{ x0: size.width - controls.width - 16, y0: 0, x1: size.width, y1: controls.height + 12 }]
        : [],
    [size, controls],
  );
  const placesKey = forces.places.map((p) => p.id).join();
  const frame = useMemo(
    () => frameFor(forces.places, size),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [placesKey, size],
  );
  const { zoom, zoomIn, zoomOut, reset, handlers } = useZoom(svgRef, size);
  const unitsAt = useMemo(() => {
    const n = new Map<string, number>();
    for (const s of spots.values()) if (s.kind === 'at') n.set(s.placeId, (n.get(s.placeId) ?? 0) + 1);
    return n;
  }, [spots]);
  const countsKey = frame.offMapPlaces.map((p) => unitsAt.get(p.id) ?? 0).join();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const layout = useMemo(() => withOffMap(frame, unitsAt), [frame, countsKey]);
  // On the timeline, units show the readiness they will have then (moving, or in place on arrival).
  const shown = useMemo(
    () =>
      atHour > forces.hour
        ? {
            ...forces,
            units: forces.units.map((u) => ({
              ...u,
              readiness: readinessAt(u.readiness, schedules.get(u.id), spots.get(u.id), atHour),
            })),
          }
        : forces,
    [forces, schedules, spots, atHour],
  );
  const groups = useMemo(
    () => layoutGroups(shown, layout, zoom, spots, keepClear),
    [shown, layout, zoom, spots, keepClear],
  );
  const marks = useMemo(() => unitMarks(groups, forces.perspective), [groups, forces.perspective]);
  const moves = useMemo(
    () => movesAt(forces, layout, zoom, schedules, spots, atHour),
    [forces, layout, zoom, schedules, spots, atHour],
  );
  const labels = useMemo(
    () => placedLabels(forces, layout, zoom, groups, marks, moves, keepClear, label, t),
    [forces, layout, zoom, groups, marks, moves, keepClear, label, t],
  );
  const moving = [...schedules.values()].filter((s) => s.arrivesAt !== null && s.arrivesAt > atHour).length;
  const shared = { forces, layout, zoom, t, labels };
  const affiliation = (side: string) => affiliationOf(forces.perspective, side);
  return (
    <div className="map map--sized" ref={boxRef}>
      <ZoomButtons zoomIn={zoomIn} zoomOut={zoomOut} reset={reset} />
      <MapSvg
        id="map-svg"
        sized
        role="group"
        svgRef={svgRef}
        zoom={zoom}
        handlers={handlers}
        size={layout.size}
        title={t('map.svgTitle', { time: label(atHour) })}
        desc={t('map.svgDesc', { units: forces.units.length, moves: moving })}
      >
        <BaseLayer layout={frame} zoom={zoom} t={t} labels={labels} />
        {layout.slots.map((slot) => (
          <g key={slot.country} className="map-offmap" aria-hidden="true">
            <rect
              x={slot.x}
              y={slot.y}
              width={OFF_MAP_WIDTH - 10}
              height={slot.height}
              rx={6}
              className="map-offmap__box"
            />
            <text x={slot.x + 8} y={slot.y + 16} className="map-offmap__title" data-map-label="">
              {countryName(t, slot.country)}
            </text>
          </g>
        ))}
        <LegLayer {...shared} label={label} />
        <PlaceLayer {...shared} />
        <MoveLayer
          forces={forces}
          moves={moves}
          labels={labels}
          affiliation={affiliation}
          label={label}
          t={t}
        />
        <UnitLayer
          forces={shown}
          groups={groups}
          marks={marks}
          t={t}
          spots={spots}
          selected={selected}
          projected={atHour > forces.hour}
          onSelect={onSelect}
        />
      </MapSvg>
      <Legend />
    </div>
  );
}

/** A country's name for the off-map column, or its code when there is no translation. */
export function countryName(t: Translate, code: string): string {
  const key = `map.country.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

/**
 * Every name on the map, most important first (capitals, places with units, other places, the
 * corridor, arrival times, countries), placed clear of the unit symbols.
 */
function placedLabels(
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
      maxShift: 320,
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
      maxShift: 240,
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
      maxShift: 320,
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
      maxShift: 200,
      mayCoverNames: false,
    };
  });
  const bounds = { x0: layout.left, y0: 0, x1: layout.size.width, y1: layout.size.height };
  const first = layoutLabels([...wanted, ...countries], marks, bounds, keepClear);
  // A country whose name finds no room in capitals tries again in the smaller letters Kaliningrad's uses.
  const retry = countries.filter((c) => first.get(c.id) === null && c.kind === 'country');
  if (retry.length === 0) return first;
  const smaller = countries.map((c) => (retry.includes(c) ? { ...c, kind: 'countrySmall' as const } : c));
  return layoutLabels([...wanted, ...smaller], marks, bounds, keepClear);
}
