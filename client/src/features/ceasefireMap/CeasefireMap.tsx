// The map of the ceasefire: Ukraine and its neighbours, the line of contact by sector with its
// shift, the demilitarised zone the text drafts, and the reassurance force deploying after
// signature. Takes the view as props, so the review can show it at any moment.
import { useMemo, useRef } from 'react';
import type { CeasefireMapView } from '@council/shared';
import { useT } from '../../i18n';
import { BaseLayer } from '../map/BaseLayer';
import { frameForBounds } from '../map/layout';
import { MapSvg } from '../map/MapSvg';
import { useZoom } from '../map/useZoom';
import { ZoomButtons } from '../map/ZoomButtons';
import { ForceLayer } from './ForceLayer';
import { LineLayer } from './LineLayer';
import { ForceTable, SectorTable } from './MapTables';
import { UKRAINE_STYLE } from './style';
import '../map/map.css';
import '../map/mapSvg.css';
import '../map/units.css';
import './ceasefireMap.css';
import { tx } from '../../i18n/scenarioText';

interface Props {
  readonly map: CeasefireMapView;
  /** Km each sector has moved since the start, by sector id. */
  readonly shifts: Readonly<Record<string, number>>;
  /** Game time now, and how a game time reads ("D+3 06:00"). */
  readonly now: string;
  readonly timeLabel: (iso: string) => string;
}

export function CeasefireMap({ map, shifts, now, timeLabel }: Props) {
  const t = useT();
  const svgRef = useRef<SVGSVGElement>(null);
  const { zoom, zoomIn, zoomOut, reset, handlers } = useZoom(svgRef);
  const boundsKey = map.bounds.flat().join();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const frame = useMemo(() => frameForBounds(map.bounds), [boundsKey]);
  const units = map.reassurance?.units ?? [];
  const count = (status: string) => units.filter((u) => u.status === status).length;
  const dmz = map.dmz && map.dmz.km > 0 ? map.dmz : null;
  const names = (ids: readonly string[]) =>
    ids.map((id) => tx(map.sectors.find((s) => s.id === id)?.name) || id).join(', ');
  return (
    <section className="ceasefire-map" data-testid="ceasefire-map" aria-labelledby="ceasefire-map-title">
      <h2 id="ceasefire-map-title">{t('ceasefireMap.title')}</h2>
      <div className="map">
        <ZoomButtons zoomIn={zoomIn} zoomOut={zoomOut} reset={reset} />
        <MapSvg
          id="ceasefire-map-svg"
          role="img"
          svgRef={svgRef}
          zoom={zoom}
          handlers={handlers}
          size={frame.size}
          title={t('ceasefireMap.svgTitle', { time: timeLabel(now) })}
          desc={[
            t('ceasefireMap.desc.line', { asOf: tx(map.asOf), sectors: names(map.sectors.map((s) => s.id)) }),
            dmz
              ? t('ceasefireMap.desc.dmz', { km: dmz.km, sectors: names(dmz.sectors) })
              : t('ceasefireMap.desc.noDmz'),
            units.length > 0
              ? t('ceasefireMap.desc.force', {
                  inPlace: count('inPlace'),
                  moving: count('moving'),
                  alerted: count('alerted'),
                })
              : t('ceasefireMap.desc.noForce'),
          ].join(' ')}
        >
          <BaseLayer layout={frame} zoom={zoom} t={t} style={UKRAINE_STYLE} />
          <g clipPath="url(#map-theatre-clip)">
            <LineLayer map={map} shifts={shifts} frame={frame} zoom={zoom} t={t} />
            <ForceLayer units={units} frame={frame} zoom={zoom} t={t} timeLabel={timeLabel} />
          </g>
        </MapSvg>
        <ul className="map-legend ceasefire-legend" aria-label={t('map.legend')}>
          <li>
            <LegendLine cls="ceasefire-line" /> {t('ceasefireMap.legend.line')}
          </li>
          <li>
            <LegendLine cls="ceasefire-line--start" /> {t('ceasefireMap.legend.start')}
          </li>
          <li>
            <LegendLine cls="ceasefire-dmz ceasefire-dmz--sample" /> {t('ceasefireMap.legend.dmz')}
          </li>
          <li>
            <LegendLine cls="ceasefire-route" /> {t('ceasefireMap.legend.route')}
          </li>
        </ul>
      </div>
      <div className="ceasefire-map__tables">
        <SectorTable map={map} shifts={shifts} />
        <ForceTable map={map} timeLabel={timeLabel} />
      </div>
    </section>
  );
}

const LegendLine = ({ cls }: { cls: string }) => (
  <svg width="36" height="12" aria-hidden="true" className="map-legend__sample">
    <line x1="2" y1="6" x2="34" y2="6" className={cls} />
  </svg>
);
