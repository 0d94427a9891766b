// Control's archive box (ADR 0021): download this exercise as one archive file, or import an archive
// (from this or another installation) as a new exercise, whose control link is shown this once.
import { useState, type FormEvent } from 'react';
import type { ExerciseView } from '@council/shared';
import { useErrorText, useT } from '../../i18n';
import { selectIsLeadControl, useStore } from '../../store';
import { saveBlob } from '../review/api';
import { downloadArchive, importArchive, type ImportedExercise } from './archiveApi';
import { NewExerciseLinks } from './NewExerciseLinks';

export function ArchiveControls({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const errorText = useErrorText();
  const lead = useStore(selectIsLeadControl);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [keyRequired, setKeyRequired] = useState(false);
  const [operatorKey, setOperatorKey] = useState('');
  const [imported, setImported] = useState<ImportedExercise | null>(null);

  // The archive is made with the exercise's own control key: the lead's alone.
  if (!lead) return null;

  const refused = (code: string, message: string) =>
    setError(errorText({ code, message: message || t('archive.failed') }));

  const download = async () => {
    setBusy(true);
    setError(null);
    const result = await downloadArchive(view.code);
    setBusy(false);
    if (result.ok) saveBlob(result.value, `${view.code}.crisis-council.json.gz`);
    else refused(result.code, result.message);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setImported(null);
    const result = await importArchive(file, operatorKey);
    setBusy(false);
    if (result.ok) setImported(result.value);
    else {
      // The installation asks for its operator key: the field appears once the server says so.
      if (result.code === 'OPERATOR_KEY_REQUIRED' || result.code === 'BAD_OPERATOR_KEY') setKeyRequired(true);
      refused(result.code, result.message);
    }
  };

  return (
    <section className="console-box" aria-labelledby="console-archive-title" data-testid="control-archive">
      <h3 id="console-archive-title">{t('archive.title')}</h3>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          data-testid="control-archive-download"
          disabled={busy}
          onClick={() => void download()}
        >
          {t('archive.download')}
        </button>
      </div>
      <p className="hint">{t('archive.downloadHint')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="control-archive-file">{t('archive.file')}</label>
        <input
          id="control-archive-file"
          type="file"
          accept=".gz,application/gzip"
          data-testid="control-archive-file"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {keyRequired && (
          <>
            <label htmlFor="control-archive-operator-key">{t('archive.operatorKey')}</label>
            <input
              id="control-archive-operator-key"
              type="password"
              className="input"
              autoComplete="off"
              data-testid="control-archive-operator-key"
              value={operatorKey}
              onChange={(e) => setOperatorKey(e.target.value)}
            />
          </>
        )}
        <div className="button-row">
          <button
            type="submit"
            className="button button--secondary"
            data-testid="control-archive-import"
            disabled={busy || !file}
          >
            {t('archive.import')}
          </button>
        </div>
      </form>
      {error && (
        <p className="field__error" role="alert" data-testid="control-archive-error">
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
          testId="control-archive-imported"
          testIdPrefix="control-archive"
        />
      )}
    </section>
  );
}
