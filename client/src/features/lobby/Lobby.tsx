// The lobby proper: exercise heading, join code for the wall, control key once, and the seats.
// `embedded` is the Seats region of the exercise screen, which shows heading and banners itself.
import { useEffect } from 'react';
import { Alert } from '../../components/Alert';
import { useErrorText, useT } from '../../i18n';
import { selectIsControl, selectView, useStore } from '../../store';
import { SeatBoard } from '../seat/SeatBoard';
import { YourSeatPanel } from '../seat/YourSeatPanel';
import { ControlKeyPanel } from './ControlKeyPanel';
import { ControlKeyRefused } from './ControlKeyRefused';
import { JoinCodePanel } from './JoinCodePanel';
import { tx } from '../../i18n/scenarioText';

export function Lobby({ embedded = false }: { readonly embedded?: boolean }) {
  const t = useT();
  const errorText = useErrorText();
  const view = useStore(selectView);
  const isControl = useStore(selectIsControl);
  const live = useStore((s) => s.connection === 'connected');
  const notice = useStore((s) => s.notice);
  const title = view?.title;

  useEffect(() => {
    if (title && !embedded) document.title = `${title} · ${t('app.name')}`;
  }, [title, t, embedded]);

  if (!view) return null;
  return (
    <div className="lobby">
      {!embedded && (
        <>
          <section className="lobby__heading" aria-labelledby="exercise-title">
            <h1 id="exercise-title" data-testid="exercise-title">
              {view.title}
            </h1>
            <p className="lobby__scenario" data-testid="scenario-title">
              {t('lobby.scenario', { title: tx(view.scenario.title) })}
            </p>
            <p className="lobby__summary">{tx(view.scenario.summary)}</p>
            {isControl && (
              <p className="badge badge--control" data-testid="you-are-control">
                {t('lobby.youAreControl')}
              </p>
            )}
          </section>
          {!live && (
            <p className="banner banner--warning" data-testid="stale-banner">
              <span aria-hidden="true">⚠ </span>
              {t('lobby.stale')}
            </p>
          )}
          {notice?.code === 'BAD_CONTROL_KEY' ? (
            <ControlKeyRefused code={view.code} />
          ) : (
            notice && <Alert testId="notice">{errorText(notice)}</Alert>
          )}
        </>
      )}
      <ControlKeyPanel code={view.code} />
      {isControl ? (
        // Control projects this page: the join code goes full width, above the seats.
        <>
          <JoinCodePanel code={view.code} large />
          <SeatBoard />
        </>
      ) : (
        <div className="lobby__grid">
          <div className="lobby__main">
            <SeatBoard />
          </div>
          <div className="lobby__side">
            <JoinCodePanel code={view.code} large={false} />
            <YourSeatPanel />
          </div>
        </div>
      )}
    </div>
  );
}
