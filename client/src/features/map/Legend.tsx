// The map's key: route modes, the corridor, interdiction, moves, place kinds, strength and readiness.
import { useT } from '../../i18n';
import { MARK } from './RouteLayer';
import type { LegMode, PlaceKind } from './types';

const MODES: readonly LegMode[] = ['road', 'rail', 'air', 'sea'];
const KINDS: readonly PlaceKind[] = ['capital', 'city', 'base', 'port', 'airfield', 'border'];
const READINESS = ['garrison', 'alerted', 'staged', 'moving', 'inPlace', 'destroyed'] as const;

const Line = ({ cls }: { cls: string }) => (
  <svg width="36" height="12" aria-hidden="true" className="map-legend__sample">
    <line x1="2" y1="6" x2="34" y2="6" className={cls} />
  </svg>
);

export function Legend() {
  const t = useT();
  return (
    <div className="map-legend" role="group" aria-label={t('map.legend')}>
      <ul>
        {MODES.map((m) => (
          <li key={m}>
            <Line cls={`map-leg map-leg--${m}`} /> {t(`map.mode.${m}`)}
          </li>
        ))}
        <li>
          <Line cls="map-leg map-leg--road map-leg--corridor" /> {t('map.corridor')}
        </li>
        <li>
          <Line cls="map-leg map-leg--road map-leg--interdicted" /> {t('map.legend.interdicted')}
        </li>
        <li>
          <Line cls="map-move__line map-legend__move" /> {t('map.legend.move')}
        </li>
      </ul>
      <ul>
        {KINDS.map((k) => (
          <li key={k} className={`map-place map-place--${k}`}>
            <svg
              width="18"
              height="18"
              viewBox="-9 -9 18 18"
              aria-hidden="true"
              className="map-legend__sample"
            >
              <path d={MARK[k]} className="map-place__mark" fillRule="evenodd" />
            </svg>{' '}
            {t(`map.kind.${k}`)}
          </li>
        ))}
      </ul>
      <ul>
        <li>
          <svg width="34" height="8" aria-hidden="true" className="map-legend__sample">
            <rect x="2" y="1" width="30" height="5" className="map-unit__bar-bg" />
            <rect x="2" y="1" width="22" height="5" className="map-unit__bar" />
          </svg>{' '}
          {t('map.legend.strength')}
        </li>
        {READINESS.map((r) => (
          <li key={r}>
            <strong>{t(`map.readinessShort.${r}`)}</strong> {t(`map.readiness.${r}`)}
          </li>
        ))}
        <li>
          <strong>≈</strong> {t('map.legend.estimated')}
        </li>
      </ul>
    </div>
  );
}
