// Several runs of the same scenario side by side. The browser remembers the control key of every
// exercise it created; the server checks each key, so only runs this Control ran can be compared.
import { useState } from 'react';
import type { RunComparison } from '@council/shared';
import { useT, type MessageKey } from '../../i18n';
import { compareRuns, knownControlCodes } from './api';
import { tx } from '../../i18n/scenarioText';

const fmt = (n: number | null | undefined, unit = '') =>
  n === null || n === undefined ? '—' : `${n}${unit}`;

export function CompareRuns({ code }: { readonly code: string }) {
  const t = useT();
  const [codes] = useState(knownControlCodes);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set([code]));
  const [result, setResult] = useState<RunComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toggle = (c: string) =>
    setChosen((old) => {
      const next = new Set(old);
      if (next.has(c)) next.delete(c);
      else next.add(c);
      return next;
    });
  const run = async () => {
    setError(null);
    const reply = await compareRuns<RunComparison>([...chosen]);
    if (reply.ok) setResult(reply.value);
    else setError(reply.code);
  };
  return (
    <section className="review__compare" aria-labelledby="compare-title" data-testid="review-compare">
      <h3 id="compare-title">{t('compare.title')}</h3>
      <fieldset>
        <legend>{t('compare.pick')}</legend>
        {codes.map((c) => (
          <label key={c} className="review__run">
            <input
              type="checkbox"
              checked={chosen.has(c)}
              onChange={() => toggle(c)}
              data-testid={`compare-${c}`}
            />{' '}
            {c}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="button button--small"
        onClick={() => void run()}
        data-testid="compare-run"
      >
        {t('compare.go')}
      </button>
      {error && <p role="alert">{t('review.failed', { code: error })}</p>}
      {result && (
        <table data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col">{t('compare.measure')}</th>
              {result.runs.map((r) => (
                <th scope="col" key={r.code}>
                  {r.code} <span className="hint">{r.title}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('compare.outcome')}</th>
              {result.runs.map((r) => (
                <td key={r.code}>
                  {r.status}
                  {r.negotiation ? ` · ${r.negotiation}` : ''}
                  {r.placesLost !== null ? ` · ${t('compare.placesLost', { count: r.placesLost })}` : ''}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('compare.turns')}</th>
              {result.runs.map((r) => (
                <td key={r.code}>{r.turnsPlayed}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('compare.medianLatency')}</th>
              {result.runs.map((r) => (
                <td key={r.code}>{fmt(r.medianLatencyHours, ' h')}</td>
              ))}
            </tr>
            {result.items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{t('compare.latencyOf', { item: tx(item.title) })}</th>
                {result.runs.map((r) => (
                  <td key={r.code}>{fmt(r.latencies[item.id], ' h')}</td>
                ))}
              </tr>
            ))}
            {(
              [
                'cohesion',
                'deterrenceCredibility',
                'escalationRung',
                'groundHeld',
                'agreementProgress',
              ] as const
            ).map((m) => (
              <tr key={m}>
                <th scope="row">{t(`review.chart.${m}` as MessageKey)}</th>
                {result.runs.map((r) => (
                  <td key={r.code}>{fmt(r.final[m])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
