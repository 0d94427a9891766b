// Imports an exercise archive (ADR 0021) as a new exercise, whose control link is shown this once.
// Used in Control's console and on the front page, where a fresh installation has no exercise yet.
import { useState, type FormEvent } from 'react';
import { useErrorText, useT } from '../../i18n';
import { importArchive, type ImportedExercise } from './archiveApi';
import { NewExerciseLinks } from './NewExerciseLinks';

interface Props {
  /** Prefix of the form's element ids and test ids: `<prefix>-file`, `<prefix>-import`, … */
  readonly idPrefix: string;
}

export function ImportArchiveForm({ idPrefix }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [keyRequired, setKeyRequired] = useState(false);
  const [operatorKey, setOperatorKey] = useState('');
  const [imported, setImported] = useState<ImportedExercise | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setImported(null);
    const result = await importArchive(file, operatorKey);
    setBusy(false);
    if (result.ok) {
      setImported(result.value);
      return;
    }
    // The installation asks for its operator key: the field appears once the server says so.
    if (result.code === 'OPERATOR_KEY_REQUIRED' || result.code === 'BAD_OPERATOR_KEY') setKeyRequired(true);
    setError(errorText({ ...result, message: result.message || t('archive.failed') }));
  };

  return (
    <>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={`${idPrefix}-file`}>{t('archive.file')}</label>
        <input
          id={`${idPrefix}-file`}
          type="file"
          accept=".gz,application/gzip"
          data-testid={`${idPrefix}-file`}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {keyRequired && (
          <>
            <label htmlFor={`${idPrefix}-operator-key`}>{t('archive.operatorKey')}</label>
            <input
              id={`${idPrefix}-operator-key`}
              type="password"
              className="input"
              autoComplete="off"
              data-testid={`${idPrefix}-operator-key`}
              value={operatorKey}
              onChange={(e) => setOperatorKey(e.target.value)}
            />
          </>
        )}
        <div className="button-row">
          <button
            type="submit"
            className="button button--secondary"
            data-testid={`${idPrefix}-import`}
            disabled={busy || !file}
          >
            {t('archive.import')}
          </button>
        </div>
      </form>
      {error && (
        <p className="field__error" role="alert" data-testid={`${idPrefix}-error`}>
          {error}
        </p>
      )}
      {imported && (
        <NewExerciseLinks
          code={imported.code}
          controlKey={imported.controlKey}
          notice={t('archive.imported', { code: imported.code })}
          labels={{
            code: t('archive.importedCode'),
            key: t('archive.importedKey'),
            link: t('archive.importedLink'),
          }}
          testId={`${idPrefix}-imported`}
          testIdPrefix={idPrefix}
        />
      )}
    </>
  );
}
