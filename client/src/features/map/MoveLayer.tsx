// Moves in progress (or projected) as arrows along their route, each with its arrival time.
import type { Translate } from '../../i18n';
import { placePoint, spotPoint, type MapLayout, type Zoom } from './layout';
import { remainingPath, type Schedule, type Spot } from './schedule';
import { placeName } from './unitText';
import type { ForcesView } from './types';

interface Props {
  readonly forces: ForcesView;
  readonly layout: MapLayout;
  readonly zoom: Zoom;
  readonly schedules: ReadonlyMap<string, Schedule>;
  readonly spots: ReadonlyMap<string, Spot>;
  readonly atHour: number;
  readonly label: (hour: number) => string;
  readonly t: Translate;
}

export function MoveLayer({ forces, layout, zoom, schedules, spots, atHour, label, t }: Props) {
  const perDestination = new Map<string, number>();
  return (
    <g className="map-moves">
      <defs>
        <marker
          id="map-arrow-blue"
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 Z" className="map-move__head map-move__head--blue" />
        </marker>
        <marker
          id="map-arrow-red"
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 Z" className="map-move__head map-move__head--red" />
        </marker>
      </defs>
      {forces.units.map((u) => {
        const s = schedules.get(u.id);
        const spot = spots.get(u.id);
        if (!s || !spot || s.arrivesAt === null || s.arrivesAt <= atHour) return null;
        const path = remainingPath(s, atHour);
        const start = spotPoint(layout, zoom, spot);
        const rest = path.slice(1).map((p) => placePoint(layout, zoom, p));
        if (!start || rest.some((p) => !p) || rest.length === 0) return null;
        const points = [start, ...(rest as { x: number; y: number }[])];
        const end = points.at(-1)!;
        const dest = s.destination ?? path.at(-1)!;
        const n = perDestination.get(dest) ?? 0;
        perDestination.set(dest, n + 1);
        const tag = etaPoint(points.at(-2) ?? start, end, n);
        const time = label(s.arrivesAt);
        return (
          <g key={u.id} data-testid={`move-${u.id}`} className={`map-move map-move--${u.side}`}>
            <title>{t('map.moveLabel', { unit: u.name, place: placeName(forces, dest), time })}</title>
            <polyline
              points={points.map((p) => `${p.x},${p.y}`).join(' ')}
              className="map-move__line"
              markerEnd={`url(#map-arrow-${u.side})`}
            />
            <text
              data-testid={`eta-${u.id}`}
              x={tag.x}
              y={tag.y}
              className="map-move__eta"
              textAnchor="middle"
            >
              {time}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * Where an arrival time is written: beside the last leg, a quarter of the way back from the
 * destination (which is crowded with its own units and name), the n-th move to it further back.
 */
export function etaPoint(a: { x: number; y: number }, b: { x: number; y: number }, n: number) {
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const back = Math.min(0.45, 0.25 + n * 0.1);
  const nx = -(b.y - a.y) / len;
  const ny = (b.x - a.x) / len;
  return { x: b.x - (b.x - a.x) * back + nx * 12, y: b.y - (b.y - a.y) * back + ny * 12 + 4 };
}
