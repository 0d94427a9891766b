// Control's after-action review: a scrubber over the log (clock, agenda, measures at any moment),
// decision latency against history, and the downloads.
import { useEffect, useMemo, useState } from 'react';
import {
  decisionsTable,
  formatGameTime,
  statesOf,
  timeline,
  type GameEvent,
  type LogExport,
} from '@council/shared';
import { useT, type MessageKey } from '../../i18n';
import { selectView, useStore } from '../../store';
import { fetchReview, REVIEW_FILES, saveBlob, type ReviewFile } from './api';

const DOWNLOAD_IDS: Record<ReviewFile, string> = {
  'log.json': 'download-log',
  'messages.csv': 'download-messages',
  'decisions.csv': 'download-decisions',
  'measures.csv': 'download-measures',
};

type Load =
  { status: 'loading' } | { status: 'failed'; code: string } | { status: 'ready'; events: GameEvent[] };

export function ReviewPanel() {
  const t = useT();
  const view = useStore(selectView);
  const code = view?.code ?? '';
  const seq = view?.seq ?? 0;
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [at, setAt] = useState<number | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  // The log grows while the game runs: fetch again when the view's sequence moves on.
  useEffect(() => {
    let cancelled = false;
    void fetchReview(code, 'log.json').then(async (result) => {
      if (cancelled) return;
      if (!result.ok) return setLoad({ status: 'failed', code: result.code });
      const log = JSON.parse(await result.blob.text()) as LogExport;
      if (!cancelled) setLoad({ status: 'ready', events: [...log.events] });
    });
    return () => {
      cancelled = true;
    };
  }, [code, seq]);

  const events = load.status === 'ready' ? load.events : null;
  const states = useMemo(() => (events ? statesOf(events) : []), [events]);
  const entries = useMemo(() => (events ? timeline(events) : []), [events]);
  const final = states[states.length - 1];

  const download = async (file: ReviewFile) => {
    setDownloadError(null);
    const result = await fetchReview(code, file);
    if (result.ok) saveBlob(result.blob, `${code}-${file}`);
    else setDownloadError(result.code);
  };

  const last = Math.max(0, states.length - 1);
  const index = at === null ? last : Math.min(at, last);
  const state = states[index];
  const entry = entries[index];

  return (
    <section className="review" data-testid="review-panel" aria-labelledby="review-title">
      <h2 id="review-title">{t('review.title')}</h2>
      <div className="review__downloads">
        {REVIEW_FILES.map((file) => (
          <button
            key={file}
            type="button"
            data-testid={DOWNLOAD_IDS[file]}
            onClick={() => void download(file)}
          >
            {t(`review.download.${file.replace(/\..*$/, '')}` as MessageKey)}
          </button>
        ))}
      </div>
      {downloadError && (
        <p role="alert" data-testid="review-download-error">
          {t('review.failed', { code: downloadError })}
        </p>
      )}
      {load.status === 'loading' && <p>{t('review.loading')}</p>}
      {load.status === 'failed' && <p role="alert">{t('review.failed', { code: load.code })}</p>}
      {state && entry && final && (
        <>
          <label className="review__scrubber">
            <span>{t('review.scrubber', { seq: index, last })}</span>
            <input
              type="range"
              min={0}
              max={last}
              step={1}
              value={index}
              data-testid="review-scrubber"
              onChange={(e) => setAt(Number(e.target.value))}
            />
          </label>
          <p data-testid="review-clock">
            {t('review.clock', {
              time: formatGameTime(state.scenario.startsAt, state.clock.time),
              turn: state.clock.turn,
            })}{' '}
            <span className="review__event">
              {entry.label}
              {entry.gameTime ? ` · ${formatGameTime(state.scenario.startsAt, entry.gameTime)}` : ''}
            </span>
          </p>
          <dl className="review__measures" data-testid="review-measures">
            <dt>{t('review.measure.cohesion')}</dt>
            <dd>{state.measures.cohesion}</dd>
            <dt>{t('review.measure.deterrenceCredibility')}</dt>
            <dd>{state.measures.deterrenceCredibility}</dd>
            <dt>{t('review.measure.escalationRung')}</dt>
            <dd>{state.measures.escalationRung}</dd>
            {state.forces && (
              <>
                <dt>{t('review.measure.escalation')}</dt>
                <dd>{state.forces.measures.escalation}</dd>
              </>
            )}
          </dl>
          <h3>{t('review.agenda')}</h3>
          <ul className="review__agenda" data-testid="review-agenda">
            {state.council.draftOrder.map((id) => {
              const draft = state.council.drafts[id];
              return draft ? (
                <li key={id}>
                  {t('review.draft', { draft: id, items: draft.itemIds.join(', '), status: draft.status })}
                </li>
              ) : null;
            })}
          </ul>
          <h3>{t('review.decisions')}</h3>
          <table className="review__decisions" data-testid="review-decisions">
            <thead>
              <tr>
                <th scope="col">{t('review.col.item')}</th>
                <th scope="col">{t('review.col.raised')}</th>
                <th scope="col">{t('review.col.decided')}</th>
                <th scope="col">{t('review.col.latency')}</th>
                <th scope="col">{t('review.col.via')}</th>
                <th scope="col">{t('review.col.anchors')}</th>
              </tr>
            </thead>
            <tbody>
              {decisionsTable(final).map((row) => (
                <tr key={row.itemId} data-testid={`review-decision-${row.itemId}`}>
                  <th scope="row">{row.title}</th>
                  <td>{row.raisedAt ? formatGameTime(final.scenario.startsAt, row.raisedAt) : '—'}</td>
                  <td>{row.decidedAt ? formatGameTime(final.scenario.startsAt, row.decidedAt) : '—'}</td>
                  <td>{row.latencyHours === null ? '—' : t('review.hours', { hours: row.latencyHours })}</td>
                  <td>{row.adoptedVia ?? '—'}</td>
                  <td>
                    {row.versusAnchors
                      ? t('review.anchors', {
                          nineEleven: row.versusAnchors.nineEleven,
                          libya: row.versusAnchors.libya,
                          turkey: row.versusAnchors.turkey,
                        })
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
