// How long each item took (or has waited so far), on a scale marked with the historical anchors.
import type { CouncilView, ExerciseView } from '@council/shared';
import { hoursBetween } from '../../format/time';
import { useT, type MessageKey } from '../../i18n';
import { ANCHORS, compare, scalePercent } from './latency';
import { useSpan } from './useSpan';
import { tx } from '../../i18n/scenarioText';

export function LatencyPanel({
  view,
  council,
}: {
  readonly view: ExerciseView;
  readonly council: CouncilView;
}) {
  const t = useT();
  const span = useSpan();
  const rows = council.catalogue.flatMap((item) => {
    const a = item.agenda;
    if (!a) return [];
    const decided = a.adoptedAt !== null;
    const hours = decided
      ? (a.latencyHours ?? hoursBetween(a.raisedAt, a.adoptedAt ?? a.raisedAt))
      : hoursBetween(a.raisedAt, view.clock.gameTime);
    return [{ item, decided, hours: Math.max(0, hours) }];
  });
  rows.sort((x, y) => Number(y.decided) - Number(x.decided) || y.hours - x.hours);
  return (
    <section className="card latency" aria-labelledby="latency-title" data-testid="latency-panel">
      <h2 id="latency-title">{t('latency.title')}</h2>
      <p className="hint">{t('latency.intro')}</p>
      <ul className="latency__anchors" aria-label={t('latency.anchors')}>
        {ANCHORS.map((a) => (
          <li key={a.id} data-testid={`anchor-${a.id}`}>
            <span className="latency__anchor-mark" aria-hidden="true">
              ▼{' '}
            </span>
            {t(`latency.anchor.${a.id}` as MessageKey)}
          </li>
        ))}
      </ul>
      {rows.length === 0 ? (
        <p>{t('latency.none')}</p>
      ) : (
        <ul className="latency__rows">
          {rows.map(({ item, decided, hours }) => (
            <li
              key={item.id}
              className={`latency__row latency__row--${decided ? 'decided' : 'open'}`}
              data-testid={`latency-${item.id}`}
              data-state={decided ? 'decided' : 'open'}
              data-hours={Math.round(hours)}
            >
              <span className="latency__item">{tx(item.title)}</span>
              <span className="latency__value">
                {decided
                  ? t('latency.took', { span: span(hours) })
                  : t('latency.waiting', { span: span(hours) })}
              </span>
              <span className="latency__track" aria-hidden="true">
                <span className="latency__bar" style={{ width: `${scalePercent(hours)}%` }} />
                {ANCHORS.map((a) => (
                  <span key={a.id} className="latency__tick" style={{ left: `${scalePercent(a.hours)}%` }} />
                ))}
              </span>
              <span className="latency__compare">
                {decided
                  ? t(`latency.cmp.${compare(hours)}` as MessageKey)
                  : t('latency.soFar', { comparison: t(`latency.cmp.${compare(hours)}` as MessageKey) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
