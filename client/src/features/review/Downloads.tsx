// The review's downloads: the printable report, the workbook, the log and one CSV per table.
import { useState } from 'react';
import { useT, type MessageKey } from '../../i18n';
import { selectLocale, useStore } from '../../store';
import { fetchReview, REVIEW_FILES, saveBlob, type ReviewFile } from './api';

export const downloadId = (file: ReviewFile) => `download-${file.replace(/\..*$/, '')}`;

export function Downloads({ code }: { readonly code: string }) {
  const t = useT();
  const locale = useStore(selectLocale);
  const [error, setError] = useState<string | null>(null);
  const download = async (file: ReviewFile) => {
    setError(null);
    const result = await fetchReview(code, file, locale);
    if (result.ok) saveBlob(result.value, `${code}-${file}`);
    else setError(result.code);
  };
  return (
    <div className="review__downloads" role="group" aria-label={t('review.downloads')}>
      {REVIEW_FILES.map((file) => (
        <button
          key={file}
          type="button"
          className="button button--secondary button--small"
          data-testid={downloadId(file)}
          onClick={() => void download(file)}
        >
          {t(`review.download.${file.replace(/\..*$/, '')}` as MessageKey)}
        </button>
      ))}
      {error && (
        <p role="alert" data-testid="review-download-error">
          {t('review.failed', { code: error })}
        </p>
      )}
    </div>
  );
}
