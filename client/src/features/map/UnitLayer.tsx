// Units as APP-6 symbols (milsymbol) with strength bars and readiness, each a focusable button.
import type { KeyboardEvent } from 'react';
import type { Translate } from '../../i18n';
import type { Spot } from './schedule';
import type { Group } from './stacks';
import { unitSymbol } from './symbols';
import { strengthShort, unitLabel } from './unitText';
import type { ForcesView } from './types';

interface Props {
  readonly forces: ForcesView;
  readonly groups: readonly Group[];
  readonly spots: ReadonlyMap<string, Spot>;
  readonly selected: string | null;
  readonly projected: boolean;
  readonly onSelect: (unitId: string) => void;
  readonly t: Translate;
}

export function UnitLayer({ forces, groups, spots, selected, projected, onSelect, t }: Props) {
  const onKey = (id: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      onSelect(id);
    }
  };
  const placed = groups.flatMap((g) =>
    g.units.map((u, i) => ({
      u,
      at: { x: g.x + g.offsets[i]!.x, y: g.y + g.offsets[i]!.y },
      sym: unitSymbol(u.sidc, g.size),
      w: g.size * 1.5,
    })),
  );
  return (
    <g className={`map-units${projected ? ' map-units--projected' : ''}`}>
      <g aria-hidden="true">
        {groups
          .filter((g) => g.units.length > 0 && Math.hypot(g.x - g.anchor.x, g.y - g.anchor.y) > 6)
          .map((g) => (
            <line
              key={g.key}
              x1={g.anchor.x}
              y1={g.anchor.y}
              x2={g.x}
              y2={g.y}
              className="map-unit__leader"
            />
          ))}
      </g>
      {placed.map(({ u, at, sym, w }) => {
        const dead = u.readiness === 'destroyed';
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
            </g>
          </g>
        );
      })}
      {/* Readiness (own units) or estimated strength (the enemy's) under each symbol: drawn apart
          from the buttons, whose names already say it in full. */}
      <g aria-hidden="true" className="map-unit-codes">
        {placed.map(({ u, at, sym }) => (
          <text
            key={u.id}
            className="map-unit__readiness"
            x={at.x}
            y={at.y + sym.height - sym.anchor.y + 16}
            textAnchor="middle"
          >
            {u.estimated ? strengthShort(u) : t(`map.readinessShort.${u.readiness}`)}
          </text>
        ))}
      </g>
    </g>
  );
}
