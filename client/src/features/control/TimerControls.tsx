// The phase timer: set it, extend or shorten it by some minutes.
import { useState } from 'react';
import { numberHints, SetPhaseTimerCommand, type ClockView } from '@council/shared';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, useStore } from '../../store';
import { NumberField } from './fields';
import { FormProblem, useCheckedSend } from '../../components/checkedSend';

export function TimerControls({ clock }: { readonly clock: ClockView }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const { send, problem } = useCheckedSend();
  const [minutes, setMinutes] = useState(5);
  const underway = clock.status === 'running' || clock.status === 'paused';
  const hasTimer = clock.phaseEndsAt !== null || clock.remainingSeconds !== null;
  // The schema (in seconds) decides what goes: a refusal is shown, the minutes kept.
  const valid = Number.isFinite(minutes);
  const seconds = Math.round(minutes * 60);
  const busy = !live || pending || !underway || !valid;
  return (
    <section className="console-box" aria-labelledby="console-timer-title">
      <h3 id="console-timer-title">{t('console.timer')}</h3>
      <NumberField
        id="control-minutes"
        label={t('console.minutes')}
        {...numberHints(SetPhaseTimerCommand.shape.seconds, 60)}
        value={minutes}
        onValue={setMinutes}
      />
      <FormProblem id="control-timer-problem" problem={problem} />
      <div className="button-row">
        <button
          type="button"
          className="button"
          data-testid="control-set-timer"
          disabled={busy}
          onClick={() => void send({ type: 'setPhaseTimer', seconds })}
        >
          {t('console.setTimer', { minutes: valid ? minutes : '…' })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="control-extend"
          disabled={busy || !hasTimer}
          onClick={() => void send({ type: 'extendPhase', seconds })}
        >
          {t('console.extend', { minutes: valid ? minutes : '…' })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="control-shorten"
          disabled={busy || !hasTimer}
          onClick={() => void send({ type: 'extendPhase', seconds: -seconds })}
        >
          {t('console.shorten', { minutes: valid ? minutes : '…' })}
        </button>
      </div>
      {underway && !hasTimer && <p className="hint">{t('console.noTimer')}</p>}
    </section>
  );
}
