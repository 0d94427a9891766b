// Start, pause, resume, advance the phase, end the exercise.
import { useState } from 'react';
import type { ClockView } from '@council/shared';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, selectSend, useStore } from '../../store';

export function SessionControls({ clock }: { readonly clock: ClockView }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const busy = !live || pending;
  const { status } = clock;
  const underway = status === 'running' || status === 'paused';
  return (
    <section className="console-box" aria-labelledby="console-session-title">
      <h3 id="console-session-title">{t('console.session')}</h3>
      <div className="button-row">
        {status === 'lobby' && (
          <button
            type="button"
            className="button"
            data-testid="control-start"
            disabled={busy}
            onClick={() => void send({ type: 'startExercise' })}
          >
            <span aria-hidden="true">▶ </span>
            {t('console.start')}
          </button>
        )}
        {status === 'running' && (
          <button
            type="button"
            className="button"
            data-testid="control-pause"
            disabled={busy}
            onClick={() => void send({ type: 'pauseExercise' })}
          >
            <span aria-hidden="true">❚❚ </span>
            {t('console.pause')}
          </button>
        )}
        {status === 'paused' && (
          <button
            type="button"
            className="button"
            data-testid="control-resume"
            disabled={busy}
            onClick={() => void send({ type: 'resumeExercise' })}
          >
            <span aria-hidden="true">▶ </span>
            {t('console.resume')}
          </button>
        )}
        {underway && (
          <button
            type="button"
            className="button button--secondary"
            data-testid="control-advance"
            disabled={busy}
            onClick={() => void send({ type: 'advancePhase' })}
          >
            <span aria-hidden="true">» </span>
            {t('console.advance')}
          </button>
        )}
        {underway &&
          (confirmEnd ? (
            <>
              <button
                type="button"
                className="button button--danger"
                data-testid="control-end-confirm"
                disabled={busy}
                onClick={() => void send({ type: 'endExercise' }).then(() => setConfirmEnd(false))}
              >
                {t('console.endConfirm')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setConfirmEnd(false)}>
                {t('council.chair.cancel')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              data-testid="control-end"
              disabled={busy}
              onClick={() => setConfirmEnd(true)}
            >
              {t('console.end')}
            </button>
          ))}
      </div>
      {status === 'lobby' && <p className="hint">{t('console.startHint')}</p>}
      {clock.phase === 'decision' && status !== 'ended' && (
        <p className="hint">{t('console.advanceDecisionHint')}</p>
      )}
      {status === 'ended' && <p>{t('console.ended')}</p>}
    </section>
  );
}
