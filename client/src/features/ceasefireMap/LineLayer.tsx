// The line of contact by sector: the demilitarised zone as a band around it, the start line where
// the front has moved, the line now, and each sector's name with its shift.
import type { CeasefireMapView } from '@council/shared';
import type { Translate } from '../../i18n';
import { applyZoom, type MapFrame, type Zoom } from '../map/layout';
import { shiftText } from './front';
import { middleOf, pathOf, pixelsPerKm, shiftLine } from './geometry';
import { tx } from '../../i18n/scenarioText';

interface Props {
  readonly map: CeasefireMapView;
  readonly shifts: Readonly<Record<string, number>>;
  readonly frame: MapFrame;
  readonly zoom: Zoom;
  readonly t: Translate;
}

export function LineLayer({ map, shifts, frame, zoom, t }: Props) {
  const { projection } = frame;
  const dmz = map.dmz && map.dmz.km > 0 ? map.dmz : null;
  const sectors = map.sectors.map((s) => {
    const shift = shifts[s.id] ?? 0;
    const now = shift === 0 ? s.line : shiftLine(s.line, shift, s.advanceBearing);
    return {
      ...s,
      shift,
      now,
      d: pathOf(projection, now),
      start: shift === 0 ? null : pathOf(projection, s.line),
    };
  });
  return (
    <g aria-hidden="true">
      <g transform={`translate(${zoom.x} ${zoom.y}) scale(${zoom.k})`}>
        {dmz &&
          sectors
            .filter((s) => dmz.sectors.includes(s.id))
            .map((s) => (
              <path
                key={s.id}
                d={s.d}
                className={`ceasefire-dmz${map.dmz?.signed ? ' ceasefire-dmz--signed' : ''}`}
                strokeWidth={2 * dmz.km * pixelsPerKm(projection, middleOf(s.now))}
                data-testid={`dmz-${s.id}`}
              />
            ))}
        {sectors.map((s) =>
          s.start ? (
            <path
              key={s.id}
              d={s.start}
              className="ceasefire-line--start"
              vectorEffect="non-scaling-stroke"
            />
          ) : null,
        )}
        {sectors.map((s) => (
          <path
            key={s.id}
            d={s.d}
            className="ceasefire-line"
            vectorEffect="non-scaling-stroke"
            data-testid={`sector-${s.id}`}
          />
        ))}
      </g>
      {sectors.map((s) => {
        const xy = projection([middleOf(s.now)[0], middleOf(s.now)[1]]);
        if (!xy) return null;
        const p = applyZoom(zoom, { x: xy[0], y: xy[1] });
        return (
          <text
            key={s.id}
            x={p.x + 14}
            y={p.y}
            className="ceasefire-sector-label"
            data-testid={`sector-label-${s.id}`}
          >
            {t('ceasefireMap.sectorLabel', { sector: tx(s.name), shift: shiftText(s.shift) })}
          </text>
        );
      })}
    </g>
  );
}
