// Analysis mode: from the scrubbed moment, bots play on in every seat under N seeds (in a Web
// Worker, so the page stays responsive and the server does no work) and the spread is shown.
import { useEffect, useRef, useState } from 'react';
import {
  ANALYSIS_METRICS,
  MAX_ANALYSIS_SEEDS,
  MAX_ANALYSIS_TURNS,
  type AnalysisResult,
  type ExerciseState,
  type Spread,
} from '@council/shared';
import { useT, type MessageKey } from '../../i18n';
import type { AnalysisMessage, AnalysisRequest } from './analysis.worker';

/** Seconds the analysis may run before it reports what it has. */
const BUDGET_SECONDS = 60;

function Histogram({ spread }: { readonly spread: Spread }) {
  const top = Math.max(1, ...spread.histogram);
  return (
    <svg viewBox="0 0 100 24" width="100" height="24" aria-hidden="true" className="review__histogram">
      {spread.histogram.map((count, i) => (
        <rect
          key={i}
          x={i * 10 + 1}
          width={8}
          y={24 - (22 * count) / top}
          height={(22 * count) / top}
          fill="#1f4e79"
        />
      ))}
    </svg>
  );
}

export function AnalysisPanel({ state, seq }: { readonly state: ExerciseState; readonly seq: number }) {
  const t = useT();
  const [seeds, setSeeds] = useState(20);
  const [turns, setTurns] = useState(1);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<{ seq: number; result: AnalysisResult } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);

  const start = () => {
    if (typeof Worker === 'undefined') return setError('NO_WORKER');
    worker.current?.terminate();
    const w = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    setError(null);
    setProgress(0);
    const from = seq;
    w.onmessage = (event: MessageEvent<AnalysisMessage>) => {
      const message = event.data;
      if (message.type === 'progress') setProgress(message.done);
      else {
        if (message.type === 'done') setResult({ seq: from, result: message.result });
        else setError(message.message);
        setProgress(null);
        w.terminate();
      }
    };
    const request: AnalysisRequest = { state, seeds, turns, budgetMs: BUDGET_SECONDS * 1000 };
    w.postMessage(request);
  };

  return (
    <section className="review__analysis" aria-labelledby="analysis-title" data-testid="review-analysis">
      <h3 id="analysis-title">{t('analysis.title')}</h3>
      <p className="hint">{t('analysis.intro', { seq, seconds: BUDGET_SECONDS })}</p>
      <div className="review__analysis-form">
        <label>
          <span>{t('analysis.seeds')}</span>
          <input
            type="number"
            min={1}
            max={MAX_ANALYSIS_SEEDS}
            value={seeds}
            data-testid="analysis-seeds"
            onChange={(e) => setSeeds(Math.max(1, Math.min(MAX_ANALYSIS_SEEDS, Number(e.target.value) || 1)))}
          />
        </label>
        <label>
          <span>{t('analysis.turns')}</span>
          <input
            type="number"
            min={1}
            max={MAX_ANALYSIS_TURNS}
            value={turns}
            onChange={(e) => setTurns(Math.max(1, Math.min(MAX_ANALYSIS_TURNS, Number(e.target.value) || 1)))}
          />
        </label>
        <button
          type="button"
          className="button button--small"
          disabled={progress !== null || state.session.status === 'ended'}
          onClick={start}
          data-testid="analysis-run"
        >
          {t('analysis.run')}
        </button>
      </div>
      {state.session.status === 'ended' && <p className="hint">{t('analysis.ended')}</p>}
      {progress !== null && (
        <p role="status">
          <progress max={seeds} value={progress} /> {t('analysis.progress', { done: progress, total: seeds })}
        </p>
      )}
      {error && <p role="alert">{t('analysis.failed', { detail: error })}</p>}
      {result && (
        <table data-testid="analysis-table">
          <caption>
            {t('analysis.caption', {
              runs: result.result.runs.length,
              seq: result.seq,
              turns: result.result.turns,
            })}
            {result.result.truncated ? ` ${t('analysis.truncated')}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('analysis.metric')}</th>
              <th scope="col">{t('analysis.min')}</th>
              <th scope="col">{t('analysis.median')}</th>
              <th scope="col">{t('analysis.max')}</th>
              <th scope="col">{t('analysis.histogram')}</th>
            </tr>
          </thead>
          <tbody>
            {ANALYSIS_METRICS.map((metric) => {
              const spread = result.result.spread[metric];
              return spread ? (
                <tr key={metric}>
                  <th scope="row">{t(`analysis.metric.${metric}` as MessageKey)}</th>
                  <td>{spread.min}</td>
                  <td>{spread.median}</td>
                  <td>{spread.max}</td>
                  <td>
                    <Histogram spread={spread} />
                  </td>
                </tr>
              ) : null;
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
