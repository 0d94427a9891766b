// The timeline slider: the map shows where forces will be at a chosen future game time.
import { useT } from '../../i18n';
import { spanParts } from './time';

interface Props {
  readonly now: number;
  readonly max: number;
  readonly value: number;
  readonly label: (hour: number) => string;
  readonly onChange: (hour: number) => void;
}

export const TIMELINE_STEP = 6;

export function Timeline({ now, max, value, label, onChange }: Props) {
  const t = useT();
  const ahead = value - now;
  const span = spanParts(ahead);
  const spanText = span.days ? t('map.span.days', span) : t('map.span.hours', span);
  return (
    <section className="map-timeline" aria-labelledby="map-timeline-title">
      <h3 id="map-timeline-title">{t('map.timeline.title')}</h3>
      <div className="map-timeline__row">
        <label htmlFor="map-timeline-slider" className="visually-hidden">
          {t('map.timeline.slider')}
        </label>
        <input
          id="map-timeline-slider"
          data-testid="timeline-slider"
          type="range"
          min={now}
          max={max}
          step={TIMELINE_STEP}
          value={value}
          aria-valuetext={label(value)}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onChange(now)}
          disabled={value === now}
        >
          {t('map.timeline.now')}
        </button>
      </div>
      <p className="map-timeline__label">
        <output htmlFor="map-timeline-slider" data-testid="timeline-label">
          {label(value)}
        </output>{' '}
        <span className="hint">
          {ahead > 0 ? t('map.timeline.future', { span: spanText }) : t('map.timeline.present')}
        </span>
      </p>
      <p className="hint">{t('map.timeline.assumptions')}</p>
    </section>
  );
}
