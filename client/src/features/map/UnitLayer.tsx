// Units as APP-6 symbols (milsymbol) with strength bars and readiness, each a focusable button.
import type { KeyboardEvent } from 'react';
import type { Translate } from '../../i18n';
import type { Spot } from './schedule';
import { BAR_GAP, BAR_HEIGHT, CODE_BASELINE, type UnitMark } from './mapLabels';
import type { Group } from './stacks';
import { strengthShort, unitLabel } from './unitText';
import type { ForcesView } from './types';

interface Props {
  readonly forces: ForcesView;
  readonly groups: readonly Group[];
  /** Each unit's symbol in the viewer's frame, where it stands (mapLabels.unitMarks). */
  readonly marks: readonly UnitMark[];
  readonly spots: ReadonlyMap<string, Spot>;
  readonly selected: string | null;
  readonly projected: boolean;
  readonly onSelect: (unitId: string) => void;
  readonly t: Translate;
}

export function UnitLayer({ forces, groups, marks, spots, selected, projected, onSelect, t }: Props) {
  const onKey = (id: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      onSelect(id);
    }
  };
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
      {marks.map(({ u, at, sym, barWidth: w, affiliation }) => {
        const dead = u.readiness === 'destroyed';
        return (
          <g
            key={u.id}
            role="button"
            tabIndex={0}
            aria-label={unitLabel(t, forces, u, spots.get(u.id)!)}
            aria-pressed={selected === u.id}
            data-testid={`unit-${u.id}`}
            data-affiliation={affiliation}
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
              height={sym.height + CODE_BASELINE + 6}
              rx={4}
            />
            <image
              data-map-symbol=""
              href={sym.href}
              x={-sym.anchor.x}
              y={-sym.anchor.y}
              width={sym.width}
              height={sym.height}
            />
            {dead && <path className="map-unit__cross" d="M-12,-10 L12,10 M-12,10 L12,-10" />}
            <g transform={`translate(${-w / 2} ${sym.height - sym.anchor.y + BAR_GAP})`}>
              <rect className="map-unit__bar-bg" width={w} height={BAR_HEIGHT} />
              <rect
                className={`map-unit__bar${u.estimated ? ' map-unit__bar--estimated' : ''}`}
                width={(w * Math.max(0, Math.min(100, u.strength))) / 100}
                height={BAR_HEIGHT}
              />
            </g>
          </g>
        );
      })}
      {/* Readiness (own units) or estimated strength (the enemy's) under each symbol: drawn apart
          from the buttons, whose names already say it in full. */}
      <g aria-hidden="true" className="map-unit-codes">
        {marks.map(({ u, at, sym }) => (
          <text
            key={u.id}
            className="map-unit__readiness"
            x={at.x}
            y={at.y + sym.height - sym.anchor.y + CODE_BASELINE}
            textAnchor="middle"
          >
            {u.estimated ? strengthShort(u) : t(`map.readinessShort.${u.readiness}`)}
          </text>
        ))}
      </g>
    </g>
  );
}
