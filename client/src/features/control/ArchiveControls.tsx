// Control's archive box (ADR 0021): download this exercise as one archive file, or import an archive
// (from this or another installation) as a new exercise, whose control link is shown this once.
import { useState } from 'react';
import type { ExerciseView } from '@council/shared';
import { useErrorText, useT } from '../../i18n';
import { selectIsLeadControl, useStore } from '../../store';
import { saveBlob } from '../review/api';
import { downloadArchive } from './archiveApi';
import { ImportArchiveForm } from './ImportArchiveForm';

export function ArchiveControls({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const errorText = useErrorText();
  const lead = useStore(selectIsLeadControl);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The archive is made with the exercise's own control key: the lead's alone.
  if (!lead) return null;

  const download = async () => {
    setBusy(true);
    setError(null);
    const result = await downloadArchive(view.code);
    setBusy(false);
    if (result.ok) saveBlob(result.value, `${view.code}.crisis-council.json.gz`);
    else setError(errorText({ ...result, message: result.message || t('archive.failed') }));
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
      {error && (
        <p className="field__error" role="alert" data-testid="control-archive-download-error">
          {error}
        </p>
      )}
      <ImportArchiveForm idPrefix="control-archive" />
    </section>
  );
}
