// The map: base, routes, places, moves and units in one SVG, with pan, zoom and keyboard access.
import { useMemo, useRef } from 'react';
import { useT, type Translate } from '../../i18n';
import { isMessageKey } from '../../i18n/translate';
import { BaseLayer } from './BaseLayer';
import { Legend } from './Legend';
import { MapSvg } from './MapSvg';
import { OFF_MAP_WIDTH, withOffMap, type MapFrame } from './layout';
import { MoveLayer } from './MoveLayer';
import { LegLayer, PlaceLayer } from './RouteLayer';
import { readinessAt, type Schedule, type Spot } from './schedule';
import { layoutGroups } from './stacks';
import { UnitLayer } from './UnitLayer';
import { useZoom } from './useZoom';
import { ZoomButtons } from './ZoomButtons';
import type { ForcesView } from './types';

interface Props {
  readonly forces: ForcesView;
  readonly frame: MapFrame;
  readonly schedules: ReadonlyMap<string, Schedule>;
  readonly spots: ReadonlyMap<string, Spot>;
  readonly atHour: number;
  readonly label: (hour: number) => string;
  readonly selected: string | null;
  readonly onSelect: (unitId: string) => void;
}

export function MapView({ forces, frame, schedules, spots, atHour, label, selected, onSelect }: Props) {
  const t = useT();
  const svgRef = useRef<SVGSVGElement>(null);
  const { zoom, zoomIn, zoomOut, reset, handlers } = useZoom(svgRef);
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
  const groups = useMemo(() => layoutGroups(shown, layout, zoom, spots), [shown, layout, zoom, spots]);
  const moving = [...schedules.values()].filter((s) => s.arrivesAt !== null && s.arrivesAt > atHour).length;
  const shared = { forces, layout, zoom, t };
  return (
    <div className="map">
      <ZoomButtons zoomIn={zoomIn} zoomOut={zoomOut} reset={reset} />
      <MapSvg
        id="map-svg"
        role="group"
        svgRef={svgRef}
        zoom={zoom}
        handlers={handlers}
        size={layout.size}
        title={t('map.svgTitle', { time: label(atHour) })}
        desc={t('map.svgDesc', { units: forces.units.length, moves: moving })}
      >
        <BaseLayer layout={frame} zoom={zoom} t={t} />
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
            <text x={slot.x + 8} y={slot.y + 16} className="map-offmap__title">
              {countryName(t, slot.country)}
            </text>
          </g>
        ))}
        <LegLayer {...shared} label={label} />
        <PlaceLayer {...shared} groups={groups} />
        <MoveLayer {...shared} schedules={schedules} spots={spots} atHour={atHour} label={label} />
        <UnitLayer
          forces={shown}
          groups={groups}
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
