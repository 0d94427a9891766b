// The review's "what your Council's delay cost" (ADR 0020): the server plays the Council's own
// decisions earlier and later in a worker; this panel starts it, shows its progress and draws the curve.
import { useEffect, useState } from 'react';
import type { DelayCost, HistoricalClock, StatedAssumption } from '@council/shared';
import { useStore, selectLocale } from '../../store';
import { useT } from '../../i18n';
import { fetchReviewJson, startDelayCost } from './api';

interface Job {
  readonly id: string;
  readonly status: 'running' | 'done' | 'failed';
  readonly done: number;
  readonly total: number;
  readonly stoppedEarly: boolean;
  readonly result: DelayCost | null;
}
type Started = Job & { readonly assumptions: StatedAssumption[]; readonly clocks: HistoricalClock[] };

const SEEDS = 200;
const W = 560;
const H = 220;
const PAD = 36;
const COLOURS = ['#1f5fbf', '#b3261e', '#2e7d32', '#6a1b9a'];
const name = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

export function DelayCostPanel({ code }: { readonly code: string }) {
  const t = useT();
  const [started, setStarted] = useState<Started | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!job || job.status !== 'running') return;
    const timer = setTimeout(() => {
      void fetchReviewJson<Job>(code, `delay-cost/${job.id}`).then((r) => {
        if (r.ok) setJob(r.value);
        else setError(r.code);
      });
    }, 1000);
    return () => clearTimeout(timer);
  }, [code, job]);
  const run = async () => {
    setError(null);
    const r = await startDelayCost<Started>(code, SEEDS);
    if (!r.ok) return setError(r.code);
    setStarted(r.value);
    setJob(r.value);
  };
  return (
    <section className="review__delay" aria-labelledby="delay-title" data-testid="delay-cost">
      <h3 id="delay-title">{t('delay.title')}</h3>
      <p>{t('delay.intro')}</p>
      <button type="button" onClick={() => void run()} disabled={job?.status === 'running'}>
        {t('delay.run')}
      </button>
      {error && (
        <p role="alert">
          {t('delay.failed')} ({error})
        </p>
      )}
      {job?.status === 'running' && (
        <p>
          <progress max={job.total} value={job.done} aria-label={t('delay.progress')} />{' '}
          {t('delay.running', { done: job.done, total: job.total })}
        </p>
      )}
      {job?.status === 'failed' && <p role="alert">{t('delay.failed')}</p>}
      {job?.status === 'done' && job.result && started && (
        <DelayCostResult result={job.result} stoppedEarly={job.stoppedEarly} started={started} />
      )}
    </section>
  );
}

function DelayCostResult({
  result,
  stoppedEarly,
  started,
}: {
  readonly result: DelayCost;
  readonly stoppedEarly: boolean;
  readonly started: Started;
}) {
  const t = useT();
  const locale = useStore(selectLocale);
  const xs = result.points.map((p) => p.x);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const sx = (x: number) => PAD + ((x - x0) / Math.max(1, x1 - x0)) * (W - 2 * PAD);
  const sy = (y: number) => H - PAD - y * (H - 2 * PAD);
  const capitals = Object.keys(result.points[0]?.held ?? {});
  const h = result.headline;
  const m = h ? /^(.+)-held-d(\d+)$/.exec(h.outcome) : null;
  const clocks = started.clocks.filter((c) => c.hours >= x0 && c.hours <= x1);
  return (
    <div data-testid="delay-cost-result">
      {h && m && (
        <p data-testid="delay-headline">
          {t('delay.headline', {
            hour: result.decisionHour,
            earlierHour: h.earlierHour,
            capital: name(m[1]!),
            day: m[2]!,
            earlier: Math.round(h.earlier * 100),
            actual: Math.round(h.actual * 100),
            runs: result.runs,
          })}
        </p>
      )}
      {stoppedEarly && <p>{t('delay.stoppedEarly', { runs: result.runs })}</p>}
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="delay-chart-title"
        className="review__delay-chart"
      >
        <title id="delay-chart-title">{t('delay.chart')}</title>
        <line x1={PAD} y1={sy(0)} x2={W - PAD} y2={sy(0)} stroke="currentColor" />
        <line x1={PAD} y1={sy(0)} x2={PAD} y2={sy(1)} stroke="currentColor" />
        <text x={PAD - 4} y={sy(1) + 4} textAnchor="end" fontSize="10">
          100 %
        </text>
        <text x={PAD - 4} y={sy(0)} textAnchor="end" fontSize="10">
          0 %
        </text>
        <text x={W / 2} y={H - 6} textAnchor="middle" fontSize="10">
          {t('delay.axisHour')}
        </text>
        {[x0, result.decisionHour, x1].map((x) => (
          <text key={x} x={sx(x)} y={sy(0) + 12} textAnchor="middle" fontSize="10">
            {x}
          </text>
        ))}
        {capitals.map((c, i) => (
          <polyline
            key={c}
            fill="none"
            stroke={COLOURS[i % COLOURS.length]}
            strokeWidth={2}
            points={result.points.map((p) => `${sx(p.x)},${sy(p.held[c]?.d14 ?? 0)}`).join(' ')}
          >
            <title>{name(c)}</title>
          </polyline>
        ))}
        <line
          x1={sx(result.decisionHour)}
          x2={sx(result.decisionHour)}
          y1={sy(0)}
          y2={sy(1)}
          stroke="#000"
          strokeDasharray="2 2"
        >
          <title>{t('delay.yours')}</title>
        </line>
        {clocks.map((c) => (
          <line
            key={c.id}
            x1={sx(c.hours)}
            x2={sx(c.hours)}
            y1={sy(0)}
            y2={sy(1)}
            stroke="#888"
            strokeDasharray="6 3"
          >
            <title>{locale === 'fr' ? c.label.fr : c.label.en}</title>
          </line>
        ))}
      </svg>
      <p className="review__legend">
        {capitals.map((c, i) => (
          <span key={c} style={{ color: COLOURS[i % COLOURS.length] }}>
            ■ {name(c)}{' '}
          </span>
        ))}
      </p>
      <h4>{t('delay.clocks')}</h4>
      <ul>
        {started.clocks.map((c) => (
          <li key={c.id}>
            {c.hours} h — {locale === 'fr' ? c.label.fr : c.label.en}
          </li>
        ))}
      </ul>
      <h4>{t('delay.assumptions')}</h4>
      <ul data-testid="delay-assumptions">
        {started.assumptions.map((a) => (
          <li key={a.key}>
            {a.key} = {String(a.value)} ({a.source.join(', ')})
          </li>
        ))}
      </ul>
    </div>
  );
}
