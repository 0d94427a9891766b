// "Run an exercise": Control picks a scenario, names the exercise and creates it.
import { useEffect, useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert';
import { useErrorText, useT } from '../../i18n';
import { useStore } from '../../store';
import { ScenarioChoice } from './ScenarioChoice';
import { AssumptionFields, changedAssumptions, type AssumptionChoices } from './AssumptionFields';
import { tx } from '../../i18n/scenarioText';

export function RunExercisePanel() {
  const t = useT();
  const errorText = useErrorText();
  const scenarios = useStore((s) => s.scenarios);
  const state = useStore((s) => s.scenariosState);
  const loadError = useStore((s) => s.scenariosError);
  const creating = useStore((s) => s.creating);
  const error = useStore((s) => s.createError);
  const loadScenarios = useStore((s) => s.loadScenarios);
  const createExercise = useStore((s) => s.createExercise);
  const [picked, setPicked] = useState('');
  const [title, setTitle] = useState('');
  const [variant, setVariant] = useState('');
  const [operatorKey, setOperatorKey] = useState('');
  const [assumed, setAssumed] = useState<{ scenarioId: string; chosen: AssumptionChoices }>({
    scenarioId: '',
    chosen: {},
  });

  useEffect(() => {
    if (useStore.getState().scenariosState === 'idle') void loadScenarios();
  }, [loadScenarios]);

  // One scenario (or the first) is chosen for the facilitator; they can change it.
  const scenarioId = picked || scenarios[0]?.id || '';
  // Starting postures of the chosen scenario, its default first; a stale choice falls back to it.
  const variants = scenarios.find((s) => s.id === scenarioId)?.variants ?? [];
  const variantId = variants.some((v) => v.id === variant) ? variant : (variants[0]?.id ?? '');
  const variantDescription = variants.find((v) => v.id === variantId)?.description;
  // The chosen scenario's assumption register; choices made for another scenario are dropped.
  const register = scenarios.find((s) => s.id === scenarioId)?.assumptions ?? [];
  const chosen = assumed.scenarioId === scenarioId ? assumed.chosen : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const assumptions = changedAssumptions(register, chosen);
    void createExercise(
      scenarioId,
      title,
      variantId || undefined,
      operatorKey || undefined,
      Object.keys(assumptions).length ? assumptions : undefined,
    );
  };

  // The installation asks for its operator key (ADR 0021): the field appears once the server says so.
  const keyRequired =
    operatorKey !== '' ||
    (typeof error === 'object' &&
      error !== null &&
      ['OPERATOR_KEY_REQUIRED', 'BAD_OPERATOR_KEY'].includes(error.code));

  const message =
    error === null
      ? null
      : error === 'titleRequired' || error === 'scenarioRequired'
        ? t(`home.run.${error}`)
        : typeof error === 'string'
          ? null
          : errorText(error);

  return (
    <section className="card home__panel" aria-labelledby="run-title">
      <h2 id="run-title">{t('home.run.title')}</h2>
      <p>{t('home.run.intro')}</p>
      {state === 'loading' && <p role="status">{t('home.run.loadingScenarios')}</p>}
      {state === 'failed' && loadError && (
        <Alert testId="scenarios-error">
          <p>{t('home.run.loadFailed', { reason: errorText(loadError) })}</p>
          <button type="button" className="button button--secondary" onClick={() => void loadScenarios()}>
            {t('home.run.retry')}
          </button>
        </Alert>
      )}
      {state === 'ready' && scenarios.length === 0 && <p>{t('home.run.noScenarios')}</p>}
      {scenarios.length > 0 && (
        <form onSubmit={submit} noValidate>
          <ScenarioChoice scenarios={scenarios} value={scenarioId} onChange={setPicked} />
          {variants.length > 1 && (
            <div className="field">
              <label htmlFor="exercise-variant">{t('home.run.variant')}</label>
              <p className="hint" id="exercise-variant-hint">
                {variantDescription ? tx(variantDescription) : t('home.run.variantHint')}
              </p>
              <select
                id="exercise-variant"
                className="input"
                data-testid="exercise-variant"
                value={variantId}
                aria-describedby="exercise-variant-hint"
                onChange={(e) => setVariant(e.target.value)}
              >
                {variants.map((v) => (
                  <option key={v.id} value={v.id}>
                    {tx(v.label)}
                  </option>
                ))}
              </select>
            </div>
          )}
          {register.length > 0 && (
            <AssumptionFields
              register={register}
              chosen={chosen}
              onChange={(next) => setAssumed({ scenarioId, chosen: next })}
            />
          )}
          <label htmlFor="exercise-title">{t('home.run.exerciseTitle')}</label>
          <p className="hint" id="exercise-title-hint">
            {t('home.run.exerciseTitleHint')}
          </p>
          <input
            id="exercise-title"
            className="input"
            data-testid="exercise-title-input"
            value={title}
            maxLength={120}
            onChange={(e) => setTitle(e.target.value)}
            aria-describedby={message ? 'exercise-title-hint create-error' : 'exercise-title-hint'}
            aria-invalid={error === 'titleRequired' ? true : undefined}
          />
          {keyRequired && (
            <>
              <label htmlFor="exercise-operator-key">{t('home.run.operatorKey')}</label>
              <p className="hint" id="exercise-operator-key-hint">
                {t('home.run.operatorKeyHint')}
              </p>
              <input
                id="exercise-operator-key"
                type="password"
                className="input"
                autoComplete="off"
                data-testid="exercise-operator-key"
                value={operatorKey}
                aria-describedby="exercise-operator-key-hint"
                onChange={(e) => setOperatorKey(e.target.value)}
              />
            </>
          )}
          {message && (
            <Alert id="create-error" testId="create-error">
              {message}
            </Alert>
          )}
          <button type="submit" className="button" data-testid="create-exercise" disabled={creating}>
            {creating ? t('home.run.creating') : t('home.run.create')}
          </button>
        </form>
      )}
    </section>
  );
}
