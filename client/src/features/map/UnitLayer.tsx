// Units as APP-6 symbols (milsymbol) with strength bars and readiness, each a focusable button.
import type { KeyboardEvent } from 'react';
import type { Translate } from '../../i18n';
import { spotPoint, stackOffsets, STACK_ROW, STACK_STEP, type MapLayout, type Zoom } from './layout';
import type { Spot } from './schedule';
import { unitSymbol } from './symbols';
import { strengthShort, unitLabel } from './unitText';
import type { ForcesView, UnitView } from './types';

export const SYMBOL_SIZE = 20;

interface Props {
  readonly forces: ForcesView;
  readonly layout: MapLayout;
  readonly zoom: Zoom;
  readonly spots: ReadonlyMap<string, Spot>;
  readonly selected: string | null;
  readonly projected: boolean;
  readonly onSelect: (unitId: string) => void;
  readonly t: Translate;
}

/** Units that share a screen point, keyed by that point. */
function stacks(props: Props): { x: number; y: number; units: UnitView[] }[] {
  const byKey = new Map<string, { x: number; y: number; units: UnitView[] }>();
  for (const u of props.forces.units) {
    const spot = props.spots.get(u.id);
    const p = spot && spotPoint(props.layout, props.zoom, spot);
    if (!p) continue;
    const key = spot.kind === 'at' ? spot.placeId : `${Math.round(p.x / 8)},${Math.round(p.y / 8)}`;
    const s = byKey.get(key) ?? { x: p.x, y: p.y, units: [] };
    s.units.push(u);
    byKey.set(key, s);
  }
  return [...byKey.values()];
}

export function UnitLayer(props: Props) {
  const { forces, spots, selected, projected, onSelect, t } = props;
  const onKey = (id: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      onSelect(id);
    }
  };
  return (
    <g className={`map-units${projected ? ' map-units--projected' : ''}`}>
      {stacks(props).flatMap((stack) => {
        const offsets = stackOffsets(stack.units.length, STACK_STEP, STACK_ROW);
        return stack.units.map((u, i) => {
          const at = { x: stack.x + offsets[i]!.x, y: stack.y + offsets[i]!.y };
          const sym = unitSymbol(u.sidc, SYMBOL_SIZE);
          const dead = u.readiness === 'destroyed';
          const w = 30;
          return (
            <g
              key={u.id}
              role="button"
              tabIndex={0}
              aria-label={unitLabel(t, forces, u, spots.get(u.id)!)}
              aria-pressed={selected === u.id}
              data-testid={`unit-${u.id}`}
              className={`map-unit map-unit--${u.side}${dead ? ' map-unit--destroyed' : ''}${selected === u.id ? ' map-unit--selected' : ''}`}
              transform={`translate(${at.x} ${at.y})`}
              onClick={() => onSelect(u.id)}
              onKeyDown={onKey(u.id)}
            >
              <rect
                className="map-unit__focus"
                x={-sym.anchor.x - 3}
                y={-sym.anchor.y - 3}
                width={sym.width + 6}
                height={sym.height + 22}
                rx={4}
              />
              <image
                href={sym.href}
                x={-sym.anchor.x}
                y={-sym.anchor.y}
                width={sym.width}
                height={sym.height}
              />
              {dead && <path className="map-unit__cross" d="M-12,-10 L12,10 M-12,10 L12,-10" />}
              <g transform={`translate(${-w / 2} ${sym.height - sym.anchor.y + 1})`}>
                <rect className="map-unit__bar-bg" width={w} height={5} />
                <rect
                  className={`map-unit__bar${u.estimated ? ' map-unit__bar--estimated' : ''}`}
                  width={(w * Math.max(0, Math.min(100, u.strength))) / 100}
                  height={5}
                />
                <text className="map-unit__readiness" x={w / 2} y={15} textAnchor="middle">
                  {u.estimated ? strengthShort(u) : t(`map.readinessShort.${u.readiness}`)}
                </text>
              </g>
            </g>
          );
        });
      })}
    </g>
  );
}
