// The map's zoom buttons (+, −, reset), for every map that uses useZoom: the Baltic theatre and the
// ceasefire's line of contact. Keys on the map itself do the same (useZoom's handlers).
import { useT } from '../../i18n';

interface Props {
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly reset: () => void;
}

export function ZoomButtons({ zoomIn, zoomOut, reset }: Props) {
  const t = useT();
  const button = 'button button--secondary button--small';
  return (
    <div className="map__controls" role="group" aria-label={t('map.controls')}>
      <button
        type="button"
        className={button}
        onClick={zoomIn}
        aria-label={t('map.zoomIn')}
        data-testid="map-zoom-in"
      >
        +
      </button>
      <button
        type="button"
        className={button}
        onClick={zoomOut}
        aria-label={t('map.zoomOut')}
        data-testid="map-zoom-out"
      >
        −
      </button>
      <button type="button" className={button} onClick={reset} data-testid="map-zoom-reset">
        {t('map.zoomReset')}
      </button>
    </div>
  );
}
