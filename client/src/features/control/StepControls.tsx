// How far one turn moves the game clock, and whether turns end with a hot wash.
import { useState, type FormEvent } from 'react';
import { numberHints, SetTurnStepCommand, type ClockView } from '@council/shared';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, selectSend, useStore } from '../../store';
import { NumberInput } from './fields';
import { FormProblem, useCheckedSend } from '../../components/checkedSend';

export function StepControls({ clock }: { readonly clock: ClockView }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  const checked = useCheckedSend();
  const [hours, setHours] = useState(clock.stepHours);
  const underway = clock.status === 'running' || clock.status === 'paused';
  const busy = !live || pending || !underway;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void checked.send({ type: 'setTurnStep', hours });
  };
  return (
    <section className="console-box" aria-labelledby="console-step-title">
      <h3 id="console-step-title">{t('console.gameTime')}</h3>
      <p>{t('console.stepNow', { hours: clock.stepHours })}</p>
      <form noValidate onSubmit={submit}>
        <label htmlFor="control-step-hours">{t('console.stepHours')}</label>
        <p className="hint" id="control-step-hint">
          {t('console.stepHint')}
        </p>
        <div className="button-row">
          <NumberInput
            id="control-step-hours"
            {...numberHints(SetTurnStepCommand.shape.hours)}
            value={hours}
            aria-describedby="control-step-hint"
            onValue={setHours}
          />
          <button
            type="submit"
            className="button"
            data-testid="control-step"
            disabled={busy || hours === clock.stepHours}
          >
            {t('console.setStep')}
          </button>
        </div>
        <FormProblem id="control-step-problem" problem={checked.problem} />
      </form>
      <div className="item-checklist__row">
        <input
          type="checkbox"
          id="control-hotwash"
          data-testid="control-hotwash"
          checked={clock.hotwash}
          disabled={busy}
          onChange={(e) => void send({ type: 'setHotwash', enabled: e.target.checked })}
        />
        <label htmlFor="control-hotwash">{t('console.hotwash')}</label>
      </div>
    </section>
  );
}
