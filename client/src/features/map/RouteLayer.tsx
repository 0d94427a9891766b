// Route legs styled by mode, the Suwałki corridor marked, interdicted legs crossed; then the places.
import type { Translate } from '../../i18n';
import { OFF_MAP_LINE, placePoint, type MapLayout, type Zoom } from './layout';
import { nearestOnBox, type LabelSpot } from './mapLabels';
import { corridorCentre, corridorMark } from './stacks';
import type { ForcesView, PlaceView } from './types';
import { tx } from '../../i18n/scenarioText';

interface Props {
  readonly forces: ForcesView;
  readonly layout: MapLayout;
  readonly zoom: Zoom;
  readonly t: Translate;
  readonly label: (hour: number) => string;
  /** Where the names go, clear of the symbols (mapLabels.layoutLabels); null: not written. */
  readonly labels: ReadonlyMap<string, LabelSpot | null>;
}

export function LegLayer({ forces, layout, zoom, t, label, labels }: Props) {
  const legs = forces.legs.map((leg) => {
    const a = placePoint(layout, zoom, leg.from);
    const b = placePoint(layout, zoom, leg.to);
    if (!a || !b) return null;
    const offMap = !layout.points.has(leg.from) || !layout.points.has(leg.to);
    const cls = [
      'map-leg',
      `map-leg--${leg.mode}`,
      leg.corridor ? 'map-leg--corridor' : '',
      leg.interdictedUntil !== null ? 'map-leg--interdicted' : '',
      offMap ? 'map-leg--offmap' : '',
    ].join(' ');
    return (
      <g key={leg.id} data-testid={`leg-${leg.id}`}>
        <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} className={cls}>
          <title>
            {`${t(`map.mode.${leg.mode}`)} ${leg.hours} h` +
              (leg.interdictedUntil !== null
                ? `, ${t('map.interdicted', { time: label(leg.interdictedUntil) })}`
                : '')}
          </title>
        </line>
        {leg.interdictedUntil !== null && (
          <text
            x={(a.x + b.x) / 2}
            y={(a.y + b.y) / 2}
            className="map-leg-cut"
            textAnchor="middle"
            dominantBaseline="central"
          >
            ✕
          </text>
        )}
      </g>
    );
  });
  const c = corridorCentre(forces, layout, zoom);
  const ring = corridorMark(zoom.k);
  const name = labels.get('corridor');
  return (
    <g className="map-legs">
      {legs}
      {c && (
        <g data-testid="chokepoint-corridor" className="map-chokepoint">
          <ellipse cx={c.x} cy={c.y} rx={ring.rx} ry={ring.ry} className="map-chokepoint__ring" />
          {name && (
            <text x={name.x} y={name.y} className="map-chokepoint__label" data-map-label="">
              {t('map.corridor')}
            </text>
          )}
        </g>
      )}
    </g>
  );
}

export const MARK: Readonly<Record<PlaceView['kind'], string>> = {
  capital: 'M0,-7 L2,-2 7,-2 3,1.5 4.5,7 0,3.5 -4.5,7 -3,1.5 -7,-2 -2,-2 Z',
  city: 'M-4,0 a4,4 0 1,0 8,0 a4,4 0 1,0 -8,0',
  base: 'M-4,-4 H4 V4 H-4 Z',
  origin: 'M-4,-4 H4 V4 H-4 Z',
  port: 'M-5,0 a5,5 0 1,0 10,0 a5,5 0 1,0 -10,0 M-2,0 a2,2 0 1,0 4,0 a2,2 0 1,0 -4,0',
  airfield: 'M0,-6 L5,4 H-5 Z',
  border: 'M0,-5 L5,0 0,5 -5,0 Z',
};

type PlaceProps = Omit<Props, 'label'>;

/** A name this far from where it belongs gets a leader line to its place. */
const LEADER_FROM = 16;

/** Place marks at their true points; names where the layout put them (with a leader when moved away). */
export function PlaceLayer({ forces, layout, zoom, t, labels }: PlaceProps) {
  return (
    <g className="map-places">
      {forces.places.map((p) => {
        const at = placePoint(layout, zoom, p.id);
        const off = layout.offMap.get(p.id);
        // Zoomed in under the off-map column: out of sight.
        if (!at || (!off && at.x < layout.left)) return null;
        const spot = off ? null : labels.get(`place:${p.id}`);
        const labelAt = off ? off.label : spot;
        const leaderTo = spot && !off ? nearestOnBox(spot.box, at) : null;
        const leader = leaderTo && Math.hypot(leaderTo.x - at.x, leaderTo.y - at.y) > LEADER_FROM;
        const name = t('map.placeLabel', {
          name: tx(p.name),
          kind: t(`map.kind.${p.kind}`),
          side: t(`map.side.${p.heldBy}`),
        });
        return (
          <g
            key={p.id}
            data-testid={`place-${p.id}`}
            className={`map-place map-place--${p.kind} map-place--held-${p.heldBy}`}
          >
            <title>{name}</title>
            {leader && (
              <line x1={at.x} y1={at.y} x2={leaderTo.x} y2={leaderTo.y} className="map-unit__leader" />
            )}
            {!off && (
              <path
                d={MARK[p.kind]}
                className="map-place__mark"
                fillRule="evenodd"
                transform={`translate(${at.x} ${at.y})${p.kind === 'capital' ? ' scale(1.4)' : ''}`}
              />
            )}
            {labelAt && (
              <text
                x={labelAt.x}
                y={labelAt.y}
                data-map-label=""
                className={`map-place__label${off ? ' map-place__label--offmap' : ''}`}
              >
                {off
                  ? (layout.offMapNames.get(p.id) ?? [tx(p.name)]).map((line, i) => (
                      <tspan key={i} x={labelAt.x} dy={i === 0 ? 0 : OFF_MAP_LINE}>
                        {line}
                      </tspan>
                    ))
                  : tx(p.name)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
