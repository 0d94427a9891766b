// Countries of the theatre, shaded by side, with their names; redrawn only when the frame changes.
import { memo, useMemo } from 'react';
import type { MessageKey, Translate } from '../../i18n';
import { countryShapes, type CountryStyle } from './basemap';
import { applyZoom, type MapFrame, type Zoom } from './layout';

interface Props {
  readonly layout: MapFrame;
  readonly zoom: Zoom;
  readonly t: Translate;
  /** How countries are shaded and named; the Baltic theatre's when absent. */
  readonly style?: CountryStyle;
}

export const BaseLayer = memo(function BaseLayer({ layout, zoom, t, style }: Props) {
  const { projection, bounds } = layout;
  const shapes = useMemo(() => countryShapes(projection, bounds, style), [projection, bounds, style]);
  const { width, height } = layout.size;
  const left = layout.left;
  return (
    <g aria-hidden="true">
      <defs>
        <clipPath id="map-theatre-clip">
          <rect x={left} y={0} width={width - left} height={height} />
        </clipPath>
        <pattern
          id="map-hatch-red"
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" className="map-country--red-bg" />
          <line x1="0" y1="0" x2="0" y2="8" className="map-hatch-line" />
        </pattern>
        <pattern
          id="map-hatch-kaliningrad"
          width="5"
          height="5"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(-45)"
        >
          <rect width="5" height="5" className="map-country--kaliningrad-bg" />
          <line x1="0" y1="0" x2="0" y2="5" className="map-hatch-line" />
        </pattern>
      </defs>
      <g clipPath="url(#map-theatre-clip)">
        <rect x={left} y={0} width={width - left} height={height} className="map-sea" />
        <g transform={`translate(${zoom.x} ${zoom.y}) scale(${zoom.k})`}>
          {shapes.map((s) => (
            <path
              key={s.key}
              d={s.d}
              className={`map-country map-country--${s.cls}`}
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </g>
        {shapes.map((s) => {
          if (!s.label) return null;
          const p = applyZoom(zoom, { x: s.label[0], y: s.label[1] });
          return (
            <text
              key={s.key}
              x={p.x}
              y={p.y}
              className={`map-country-label map-country-label--${s.cls}`}
              textAnchor="middle"
            >
              {t(`map.country.${s.key}` as MessageKey)}
            </text>
          );
        })}
      </g>
    </g>
  );
});
