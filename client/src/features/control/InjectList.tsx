// The scenario's master events list: what fires when, to whom; release any inject now.
import type { ExerciseView, InjectView } from '@council/shared';
import { gameTimeLabel } from '../../format/time';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, selectSend, useStore } from '../../store';
import { tx } from '../../i18n/scenarioText';

export function InjectList({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  const underway = view.clock.status === 'running' || view.clock.status === 'paused';
  const audience = (inject: InjectView) =>
    !inject.audience || inject.audience === 'public'
      ? t('console.injectPublic')
      : inject.audience.map((id) => tx(view.seats.find((s) => s.id === id)?.label) || id).join(', ');
  const sorted = [...view.injects].sort((a, b) => Number(a.fired) - Number(b.fired) || a.turn - b.turn);
  return (
    <section className="console-box console-box--wide" aria-labelledby="console-injects-title">
      <h3 id="console-injects-title">{t('console.injects', { count: view.injects.length })}</h3>
      {sorted.length === 0 ? (
        <p>{t('console.noInjects')}</p>
      ) : (
        <ul className="injects">
          {sorted.map((inject) => (
            <li
              key={inject.id}
              className={`inject${inject.fired ? ' inject--fired' : ''}`}
              data-testid={`inject-row-${inject.id}`}
            >
              <div className="inject__body">
                <p className="inject__title">{tx(inject.title)}</p>
                <p className="inject__meta">
                  {inject.fired
                    ? t('console.injectFired', {
                        turn: inject.turn,
                        time: inject.gameTime ? gameTimeLabel(view.clock, inject.gameTime) : '—',
                      })
                    : t('console.injectTurn', { turn: inject.turn })}{' '}
                  · {t('console.injectAudience', { audience: audience(inject) })}
                </p>
                <details>
                  <summary>{t('console.injectText')}</summary>
                  <p>{tx(inject.text)}</p>
                </details>
              </div>
              <button
                type="button"
                className="button button--small"
                data-testid={`inject-${inject.id}`}
                data-fired={inject.fired}
                aria-label={inject.fired ? undefined : t('console.fireLabel', { title: tx(inject.title) })}
                disabled={inject.fired || !underway || !live || pending}
                onClick={() => void send({ type: 'fireInject', injectId: inject.id })}
              >
                {inject.fired ? t('console.released') : t('console.fire')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
