// Moves in progress (or projected) as arrows along their route, each with its arrival time.
import type { Translate } from '../../i18n';
import type { Point } from './geo';
import { placePoint, spotPoint, type MapLayout, type Zoom } from './layout';
import type { LabelSpot } from './mapLabels';
import type { Affiliation } from './symbols';
import { remainingPath, type Schedule, type Spot } from './schedule';
import { placeName } from './unitText';
import type { ForcesView } from './types';
import { tx } from '../../i18n/scenarioText';

export interface Move {
  readonly u: ForcesView['units'][number];
  readonly points: readonly Point[];
  readonly dest: string;
  readonly arrivesAt: number;
  /** Where the arrival time would be written (its baseline's middle). */
  readonly tag: Point;
}

/** The moves drawn at `atHour`: each unit still on its way, its remaining route and arrival. */
export function movesAt(
  forces: ForcesView,
  layout: MapLayout,
  zoom: Zoom,
  schedules: ReadonlyMap<string, Schedule>,
  spots: ReadonlyMap<string, Spot>,
  atHour: number,
): Move[] {
  const perDestination = new Map<string, number>();
  return forces.units.flatMap((u) => {
    const s = schedules.get(u.id);
    const spot = spots.get(u.id);
    if (!s || !spot || s.arrivesAt === null || s.arrivesAt <= atHour) return [];
    const path = remainingPath(s, atHour);
    const start = spotPoint(layout, zoom, spot);
    const rest = path.slice(1).map((p) => placePoint(layout, zoom, p));
    if (!start || rest.some((p) => !p) || rest.length === 0) return [];
    const points = [start, ...(rest as Point[])];
    const end = points.at(-1)!;
    const dest = s.destination ?? path.at(-1)!;
    const n = perDestination.get(dest) ?? 0;
    perDestination.set(dest, n + 1);
    return [{ u, points, dest, arrivesAt: s.arrivesAt, tag: etaPoint(points.at(-2) ?? start, end, n) }];
  });
}

interface Props {
  readonly forces: ForcesView;
  readonly moves: readonly Move[];
  /** Where each arrival time is written (`eta:<unitId>`), clear of the symbols; null: not written. */
  readonly labels: ReadonlyMap<string, LabelSpot | null>;
  readonly affiliation: (side: string) => Affiliation;
  readonly label: (hour: number) => string;
  readonly t: Translate;
}

export function MoveLayer({ forces, moves, labels, affiliation, label, t }: Props) {
  return (
    <g className="map-moves">
      <defs>
        {(['friend', 'hostile'] as const).map((a) => (
          <marker
            key={a}
            id={`map-arrow-${a}`}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 Z" className={`map-move__head map-move__head--${a}`} />
          </marker>
        ))}
      </defs>
      {moves.map(({ u, points, dest, arrivesAt }) => {
        const time = label(arrivesAt);
        const a = affiliation(u.side);
        const spot = labels.get(`eta:${u.id}`);
        return (
          <g key={u.id} data-testid={`move-${u.id}`} className={`map-move map-move--${a}`}>
            <title>{t('map.moveLabel', { unit: tx(u.name), place: placeName(forces, dest), time })}</title>
            <polyline
              points={points.map((p) => `${p.x},${p.y}`).join(' ')}
              className="map-move__line"
              markerEnd={`url(#map-arrow-${a})`}
            />
            {spot && (
              <text
                data-testid={`eta-${u.id}`}
                data-map-label=""
                x={spot.x}
                y={spot.y}
                className="map-move__eta"
                textAnchor="middle"
              >
                {time}
              </text>
            )}
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
