// Start, pause, resume, advance the phase, end the exercise.
import { useState } from 'react';
import type { ClockView } from '@council/shared';
import { useT } from '../../i18n';
import { selectIsLeadControl, selectIsLive, selectPending, selectSend, useStore } from '../../store';

export function SessionControls({ clock }: { readonly clock: ClockView }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  // Ending is the lead's alone (ADR 0009): an assistant is not offered a button the server refuses.
  const lead = useStore(selectIsLeadControl);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const busy = !live || pending;
  const { status } = clock;
  const underway = status === 'running' || status === 'paused';
  return (
    <section className="console-box" aria-labelledby="console-session-title">
      <h3 id="console-session-title">{t('console.session')}</h3>
      <div className="button-row">
        {status === 'lobby' && (
          <SessionButton
            testId="control-start"
            icon="▶"
            label={t('console.start')}
            busy={busy}
            onClick={() => void send({ type: 'startExercise' })}
          />
        )}
        {status === 'running' && (
          <SessionButton
            testId="control-pause"
            icon="❚❚"
            label={t('console.pause')}
            busy={busy}
            onClick={() => void send({ type: 'pauseExercise' })}
          />
        )}
        {status === 'paused' && (
          <SessionButton
            testId="control-resume"
            icon="▶"
            label={t('console.resume')}
            busy={busy}
            onClick={() => void send({ type: 'resumeExercise' })}
          />
        )}
        {underway && clock.phase && (
          <SessionButton
            testId="control-repeat"
            icon="↺"
            label={t('console.repeat')}
            busy={busy}
            secondary
            onClick={() => void send({ type: 'repeatPhase' })}
          />
        )}
        {underway && (
          <SessionButton
            testId="control-advance"
            icon="»"
            label={t('console.advance')}
            busy={busy}
            secondary
            onClick={() => void send({ type: 'advancePhase' })}
          />
        )}
        {underway &&
          lead &&
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
      {underway && <p className="hint">{t('console.repeatHint')}</p>}
      {clock.phase === 'decision' && status !== 'ended' && (
        <p className="hint">{t('console.advanceDecisionHint')}</p>
      )}
      {underway && !lead && (
        <p className="hint" data-testid="control-lead-only">
          {t('console.leadOnly')}
        </p>
      )}
      {status === 'ended' && <p>{t('console.ended')}</p>}
    </section>
  );
}

/** One of the console's session buttons: a glyph for the eye, the label for everyone. */
function SessionButton(props: {
  readonly testId: string;
  readonly icon: string;
  readonly label: string;
  readonly busy: boolean;
  readonly secondary?: boolean;
  readonly onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={props.secondary ? 'button button--secondary' : 'button'}
      data-testid={props.testId}
      disabled={props.busy}
      onClick={props.onClick}
    >
      <span aria-hidden="true">{props.icon} </span>
      {props.label}
    </button>
  );
}
