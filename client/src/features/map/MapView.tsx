// The map: base, routes, places, moves and units in one SVG, with pan, zoom and keyboard access.
import { useMemo, useRef } from 'react';
import { useT, type Translate } from '../../i18n';
import { isMessageKey } from '../../i18n/translate';
import { BaseLayer } from './BaseLayer';
import { Legend } from './Legend';
import { MapSvg } from './MapSvg';
import { frameFor, OFF_MAP_WIDTH, withOffMap } from './layout';
import { tx } from '../../i18n/scenarioText';
import { unitMarks } from './mapLabels';
import { movesAt, MoveLayer } from './MoveLayer';
import { placedLabels } from './placeNames';
import { LegLayer, PlaceLayer } from './RouteLayer';
import { readinessAt, type Schedule, type Spot } from './schedule';
import { layoutGroups } from './stacks';
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
  // Off-map places' names in the reader's language (t changes with it), for the column to fit.
  const offMapNames = useMemo(
    () => new Map(frame.offMapPlaces.map((p) => [p.id, tx(p.name)])),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [frame, t],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const layout = useMemo(() => withOffMap(frame, unitsAt, offMapNames), [frame, countsKey, offMapNames]);
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
