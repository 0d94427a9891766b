// An inject Control writes during play: to everyone or to chosen seats only, optionally moving a measure.
import { useState } from 'react';
import { MEASURE_DELTA, MEASURES, numberHints, type ExerciseView, type Measure } from '@council/shared';
import { useT, type MessageKey } from '../../i18n';
import { selectIsLive, selectPending, useStore } from '../../store';
import { NumberField, SelectField, TextAreaField, TextField } from './fields';
import { useDraft } from '../../components/useDraft';
import { tx } from '../../i18n/scenarioText';
import { FormProblem, useCheckedSend } from '../../components/checkedSend';

export function AdHocInjectForm({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const { send, problem } = useCheckedSend();
  const [title, setTitle] = useDraft('adHocInject:title');
  const [body, setBody] = useDraft('adHocInject:body');
  const [toAll, setToAll] = useState(true);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [measure, setMeasure] = useState<Measure | ''>('');
  const [delta, setDelta] = useState(0);
  const seats = view.seats.filter((s) => s.kind !== 'control');
  const underway = view.clock.status === 'running' || view.clock.status === 'paused';
  const audienceOk = toAll || chosen.length > 0;
  const ready = live && !pending && underway && title.trim() && body.trim() && audienceOk;
  const toggle = (id: string) =>
    setChosen((now) => (now.includes(id) ? now.filter((x) => x !== id) : [...now, id]));
  const submit = async () => {
    const ok = await send({
      type: 'injectAdHoc',
      title: title.trim(),
      body: body.trim(),
      audience: toAll ? 'all' : [...chosen],
      ...(measure && delta ? { measureEffects: [{ measure, delta }] } : {}),
    });
    if (ok) {
      setTitle('');
      setBody('');
      setChosen([]);
      setMeasure('');
      setDelta(0);
    }
  };
  return (
    <section className="console-box console-box--wide" aria-labelledby="console-adhoc-title">
      <h3 id="console-adhoc-title">{t('console.adHoc')}</h3>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <TextField
          id="control-adhoc-title"
          label={t('console.adHocTitle')}
          value={title}
          onValue={setTitle}
        />
        <TextAreaField
          id="control-adhoc-body"
          label={t('console.adHocBody')}
          rows={3}
          value={body}
          onValue={setBody}
        />
        <fieldset className="console-fieldset">
          <legend>{t('console.adHocAudience')}</legend>
          <label>
            <input
              type="checkbox"
              checked={toAll}
              data-testid="control-adhoc-all"
              onChange={(e) => setToAll(e.target.checked)}
            />{' '}
            {t('console.injectPublic')}
          </label>
          {!toAll &&
            seats.map((seat) => (
              <label key={seat.id}>
                <input
                  type="checkbox"
                  checked={chosen.includes(seat.id)}
                  data-testid={`control-adhoc-seat-${seat.id}`}
                  onChange={() => toggle(seat.id)}
                />{' '}
                {tx(seat.label)}
              </label>
            ))}
        </fieldset>
        <div className="button-row">
          <SelectField<Measure | ''>
            id="control-adhoc-measure"
            label={t('console.adHocMeasure')}
            value={measure}
            onValue={setMeasure}
            options={[
              { value: '', label: t('console.adHocNoMeasure') },
              ...MEASURES.map((m) => ({ value: m, label: t(`measure.${m}` as MessageKey) })),
            ]}
          />
          {measure && (
            <NumberField
              id="control-adhoc-delta"
              label={t('console.adHocDelta')}
              {...numberHints(MEASURE_DELTA)}
              value={delta}
              onValue={setDelta}
            />
          )}
        </div>
        <FormProblem id="control-adhoc-problem" problem={problem} />
        <button type="submit" className="button" data-testid="control-adhoc-send" disabled={!ready}>
          {t('console.adHocSend')}
        </button>
      </form>
    </section>
  );
}
