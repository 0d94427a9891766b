// "Join an exercise": a 6-character code, checked here for shape and with the server for existence.
import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert';
import { useErrorText, useT } from '../../i18n';
import { useStore } from '../../store';

export function JoinExercisePanel() {
  const t = useT();
  const errorText = useErrorText();
  const [code, setCode] = useState('');
  const checking = useStore((s) => s.checkingCode);
  const error = useStore((s) => s.joinError);
  const goToExercise = useStore((s) => s.goToExercise);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void goToExercise(code);
  };

  const message =
    error === null
      ? null
      : error === 'badFormat'
        ? t('home.join.badFormat')
        : typeof error === 'string'
          ? null
          : errorText(error, { code: code.trim().toUpperCase() });

  return (
    <section className="card home__panel" aria-labelledby="join-title">
      <h2 id="join-title">{t('home.join.title')}</h2>
      <p>{t('home.join.intro')}</p>
      <form onSubmit={submit} noValidate>
        <label htmlFor="join-code-input">{t('home.join.code')}</label>
        <p className="hint" id="join-code-hint">
          {t('home.join.codeHint')}
        </p>
        <input
          id="join-code-input"
          className="input input--code"
          data-testid="join-code-input"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={64}
          aria-describedby={message ? 'join-code-hint join-code-error' : 'join-code-hint'}
          aria-invalid={message ? true : undefined}
        />
        {message && (
          <Alert id="join-code-error" testId="join-error">
            {message}
          </Alert>
        )}
        <button type="submit" className="button" data-testid="join-submit" disabled={checking}>
          {checking ? t('home.join.checking') : t('home.join.submit')}
        </button>
      </form>
    </section>
  );
}
