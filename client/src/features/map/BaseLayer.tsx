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
  /**
   * Where each country's name goes (`country:<key>`, the text's middle on its baseline), when the
   * map has placed them clear of its symbols; null: not written. Absent: at the style's points.
   */
  readonly labels?: ReadonlyMap<
    string,
    { readonly x: number; readonly y: number; readonly kind?: string } | null
  >;
}

export const BaseLayer = memo(function BaseLayer({ layout, zoom, t, style, labels }: Props) {
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
          const placed = labels?.get(`country:${s.key}`);
          const p = labels ? placed : applyZoom(zoom, { x: s.label[0], y: s.label[1] });
          if (!p) return null;
          const small = placed?.kind === 'countrySmall' && s.cls !== 'kaliningrad';
          return (
            <text
              key={s.key}
              data-map-label=""
              x={p.x}
              y={p.y}
              className={`map-country-label map-country-label--${s.cls}${small ? ' map-country-label--small' : ''}`}
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
