// The reassurance force on the map: the places it gathers and deploys to, the route of each unit
// not yet in place, and each unit's NATO symbol (friendly) where it stands now, with its ETA.
import type { UnitDeployment } from '@council/shared';
import type { Translate } from '../../i18n';
import type { Point } from '../map/geo';
import { applyZoom, stackMetrics, type MapFrame, type Zoom } from '../map/layout';
import { unitSymbol } from '../map/symbols';
import { spreadApart } from './geometry';

interface Props {
  readonly units: readonly UnitDeployment[];
  readonly frame: MapFrame;
  readonly zoom: Zoom;
  readonly t: Translate;
  readonly timeLabel: (iso: string) => string;
}

export function ForceLayer({ units, frame, zoom, t, timeLabel }: Props) {
  const project = (p: { readonly lon: number; readonly lat: number }): Point => {
    const xy = frame.projection([p.lon, p.lat]) ?? [0, 0];
    return applyZoom(zoom, { x: xy[0], y: xy[1] });
  };
  const places = new Map(units.flatMap((u) => [u.from, u.to]).map((p) => [p.id, p]));
  const metrics = stackMetrics(zoom.k);
  const spots = spreadApart(units, (u) => project(u.position), metrics.step);
  return (
    <g aria-hidden="true">
      {units
        .filter((u) => u.status !== 'inPlace')
        .map((u) => {
          const a = project(u.position);
          const b = project(u.to);
          return <line key={u.id} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className="ceasefire-route" />;
        })}
      {[...places.values()].map((p) => {
        const xy = project(p);
        return (
          <g key={p.id} className="ceasefire-place">
            <circle cx={xy.x} cy={xy.y} r={3.5} />
            <text x={xy.x + 7} y={xy.y - 6}>
              {p.name}
            </text>
          </g>
        );
      })}
      {units.map((u) => {
        const spot = spots.get(u)!;
        const symbol = unitSymbol(u.sidc, metrics.size);
        return (
          <g
            key={u.id}
            className={`ceasefire-unit ceasefire-unit--${u.status}`}
            data-testid={`force-unit-${u.id}`}
          >
            <image
              href={symbol.href}
              width={symbol.width}
              height={symbol.height}
              x={spot.x - symbol.anchor.x}
              y={spot.y - symbol.anchor.y}
            />
            {u.status === 'moving' && (
              <text
                x={spot.x}
                y={spot.y + symbol.height / 2 + 12}
                textAnchor="middle"
                className="ceasefire-unit__eta"
              >
                {t('ceasefireMap.eta', { time: timeLabel(u.arrivesAt) })}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
