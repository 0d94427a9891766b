// The reassurance force on the map: the places it gathers and deploys to, the route of each unit
// not yet in place, and each unit's NATO symbol (friendly) where it stands now, with its ETA.
import type { UnitDeployment } from '@council/shared';
import type { Translate } from '../../i18n';
import type { Point } from '../map/geo';
import { applyZoom, stackMetrics, type MapFrame, type Zoom } from '../map/layout';
import { unitSymbol } from '../map/symbols';
import { NEAR, overlaps, spreadApart, textBox, type Box } from './geometry';
import { tx } from '../../i18n/scenarioText';

interface Props {
  readonly units: readonly UnitDeployment[];
  readonly frame: MapFrame;
  readonly zoom: Zoom;
  readonly t: Translate;
  readonly timeLabel: (iso: string) => string;
}

/** Font sizes of place names and ETAs, as ceasefireMap.css sets them. */
const PLACE_FONT = 13;
const ETA_FONT = 12;

export function ForceLayer({ units, frame, zoom, t, timeLabel }: Props) {
  const eta = (u: UnitDeployment) => t('ceasefireMap.eta', { time: timeLabel(u.arrivesAt) });
  const project = (p: { readonly lon: number; readonly lat: number }): Point => {
    const xy = frame.projection([p.lon, p.lat]) ?? [0, 0];
    return applyZoom(zoom, { x: xy[0], y: xy[1] });
  };
  const places = new Map(units.flatMap((u) => [u.from, u.to]).map((p) => [p.id, p]));
  const metrics = stackMetrics(zoom.k);
  const symbols = new Map(units.map((u) => [u, unitSymbol(u.sidc, metrics.size)]));
  // Symbols side by side never touch: steps as wide as the widest symbol, and those drawn off to
  // the right of their point (a headquarters, on its staff) last in a row, with room on that side.
  const widest = Math.max(0, ...[...symbols.values()].map((s) => s.width));
  const rightward = (u: UnitDeployment) => symbols.get(u)!.width - 2 * symbols.get(u)!.anchor.x;
  const spots = spreadApart(
    [...units].sort((a, b) => rightward(a) - rightward(b)),
    (u) => project(u.position),
    Math.max(metrics.step, widest + 6),
  );
  /** Where a place's name goes: beside its dot, or centred above the units standing on it. */
  const placeLabel = (xy: Point): { x: number; y: number; anchor: 'start' | 'middle' } => {
    const tops = units
      .filter((u) => Math.hypot(project(u.position).x - xy.x, project(u.position).y - xy.y) < NEAR)
      .map((u) => spots.get(u)!.y - symbols.get(u)!.anchor.y);
    return tops.length === 0
      ? { x: xy.x + 7, y: xy.y - 6, anchor: 'start' }
      : { x: xy.x, y: Math.min(...tops) - 4, anchor: 'middle' };
  };
  const placeBoxes: Box[] = [...places.values()].flatMap((p) => {
    const xy = project(p);
    const label = placeLabel(xy);
    return [
      { x0: xy.x - 4, y0: xy.y - 4, x1: xy.x + 4, y1: xy.y + 4 },
      textBox(label.x, label.y, tx(p.name), PLACE_FONT, label.anchor),
    ];
  });
  /**
   * Where a moving unit's ETA goes: centred under its symbol (a headquarters' box stands off to the
   * right of its point), else over it, else to its right, whichever first covers no place's name or
   * dot; under it when all do.
   */
  const etaAt = (
    spot: Point,
    symbol: { width: number; height: number; anchor: Point },
    text: string,
  ): { x: number; y: number; anchor: 'start' | 'middle' } => {
    const left = spot.x - symbol.anchor.x;
    const top = spot.y - symbol.anchor.y;
    const centre = left + symbol.width / 2;
    const candidates = [
      { x: centre, y: top + symbol.height + ETA_FONT, anchor: 'middle' as const },
      { x: centre, y: top - 4, anchor: 'middle' as const },
      { x: left + symbol.width + 4, y: top + symbol.height / 2 + ETA_FONT / 2, anchor: 'start' as const },
    ];
    const free = candidates.find((c) => {
      const box = textBox(c.x, c.y, text, ETA_FONT, c.anchor);
      return !placeBoxes.some((b) => overlaps(box, b));
    });
    return free ?? candidates[0]!;
  };
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
        const label = placeLabel(xy);
        return (
          <g key={p.id} className="ceasefire-place" data-testid={`force-place-${p.id}`}>
            <circle cx={xy.x} cy={xy.y} r={3.5} />
            <text x={label.x} y={label.y} textAnchor={label.anchor}>
              {tx(p.name)}
            </text>
          </g>
        );
      })}
      {units.map((u) => {
        const spot = spots.get(u)!;
        const symbol = symbols.get(u)!;
        const label = u.status === 'moving' ? etaAt(spot, symbol, eta(u)) : null;
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
            {label && (
              <text x={label.x} y={label.y} textAnchor={label.anchor} className="ceasefire-unit__eta">
                {eta(u)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
