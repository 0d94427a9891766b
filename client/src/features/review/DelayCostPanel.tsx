// The review's "what your Council's delay cost" (ADR 0020): the server plays the Council's own
// decisions earlier and later in a worker; this panel starts it, shows its progress and draws the curve.
// The last finished analysis is stored on the server: the panel shows it on opening (ADR 0027).
import { useEffect, useState } from 'react';
import {
  assumptionLabel,
  assumptionValueText,
  curveChart,
  headlineChanges,
  tornadoChart,
  tornadoToShow,
  type Assumption,
  type DelayCost,
  type HistoricalClock,
  type StatedAssumption,
} from '@council/shared';
import { useStore, selectLocale } from '../../store';
import { useT } from '../../i18n';
import { fetchReviewJson, startDelayCost } from './api';
import { CurveChartView, TornadoView } from './DelayCharts';
import { DELAY_EXPORTS, saveDelayExport } from './delayExports';

interface Job {
  readonly id: string;
  readonly status: 'running' | 'done' | 'failed';
  readonly done: number;
  readonly total: number;
  readonly stoppedEarly: boolean;
  readonly result: DelayCost | null;
}
type Started = Job & { readonly assumptions: StatedAssumption[]; readonly clocks: HistoricalClock[] };
/** The last analysis stored for the exercise, with how much of the record it read and how long it is now. */
type Stored = Started & { readonly logLength: number; readonly recordLength: number };

/** The server's default and its most (DELAY_COST_SEEDS, DELAY_COST_MAX_SEEDS). */
const SEEDS = 200;
const MAX_SEEDS = 1000;
const name = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

export function DelayCostPanel({
  code,
  register,
}: {
  readonly code: string;
  /** The scenario's assumption register: each assumption under its name in the reader's language. */
  readonly register?: readonly Assumption[];
}) {
  const t = useT();
  const [started, setStarted] = useState<Started | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [seeds, setSeeds] = useState(SEEDS);
  const [stored, setStored] = useState<Stored | null>(null);
  useEffect(() => {
    let live = true;
    void fetchReviewJson<{ analysis: Stored | null }>(code, 'delay-cost').then((r) => {
      if (!live || !r.ok || !r.value.analysis) return;
      const a = r.value.analysis;
      setStored(a);
      setStarted((s) => s ?? a);
      setJob((j) => j ?? a);
    });
    return () => {
      live = false;
    };
  }, [code]);
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
    const r = await startDelayCost<Started>(code, seeds);
    if (!r.ok) return setError(r.code);
    setStored(null);
    setStarted(r.value);
    setJob(r.value);
  };
  return (
    <section className="review__delay" aria-labelledby="delay-title" data-testid="delay-cost">
      <h3 id="delay-title">{t('delay.title')}</h3>
      <p>{t('delay.intro')}</p>
      <div className="review__analysis-form">
        <label>
          <span>{t('delay.seeds')}</span>
          <input
            type="number"
            min={1}
            max={MAX_SEEDS}
            value={seeds}
            data-testid="delay-seeds"
            onChange={(e) => setSeeds(Math.max(1, Math.min(MAX_SEEDS, Number(e.target.value) || 1)))}
          />
        </label>
        <button type="button" onClick={() => void run()} disabled={job?.status === 'running'}>
          {t('delay.run')}
        </button>
      </div>
      {error && (
        <p role="alert">
          {t('delay.failed')} ({error})
        </p>
      )}
      {job?.status === 'running' && (
        <p>
          <progress max={job.total} value={job.done} aria-label={t('delay.progress')} />{' '}
          {t('delay.running', { count: job.done, total: job.total })}
        </p>
      )}
      {job?.status === 'failed' && <p role="alert">{t('delay.failed')}</p>}
      {stored && job?.id === stored.id && (
        <p className="hint" data-testid="delay-stored">
          {t('delay.stored', { read: stored.logLength })}{' '}
          {stored.logLength < stored.recordLength && t('delay.stale', { now: stored.recordLength })}
        </p>
      )}
      {job?.status === 'done' && job.result && started && (
        <DelayCostResult
          result={job.result}
          stoppedEarly={job.stoppedEarly}
          started={started}
          code={code}
          register={register}
        />
      )}
    </section>
  );
}

const outcomeName = (key: string, t: ReturnType<typeof useT>) => {
  const m = /^(.+)-held-d(\d+)$/.exec(key);
  return m ? t('delay.heldAt', { capital: name(m[1]!), day: m[2]! }) : t('delay.groundHeld');
};

function DelayCostResult({
  result,
  stoppedEarly,
  started,
  code,
  register,
}: {
  readonly result: DelayCost;
  readonly stoppedEarly: boolean;
  readonly started: Started;
  readonly code: string;
  readonly register?: readonly Assumption[];
}) {
  const t = useT();
  const locale = useStore(selectLocale);
  const [exportFailed, setExportFailed] = useState(false);
  const capitals = Object.keys(result.points[0]?.held ?? {});
  const h = result.headline;
  const m = h ? /^(.+)-held-d(\d+)$/.exec(h.outcome) : null;
  const label = (c: HistoricalClock) => (locale === 'fr' ? c.label.fr : c.label.en);
  const labelOf = (key: string) => assumptionLabel(register, key, locale);
  const wordValue = (key: string, v: string | number) => assumptionValueText(register, key, v, locale);
  const curve = curveChart(
    result.points,
    capitals.map((c) => ({ outcome: `${c}-held-d14`, label: name(c) })),
    {
      title: t('delay.chart'),
      xLabel: t('delay.axisHour'),
      marks: [
        { id: 'council', label: t('delay.yours'), hour: result.decisionHour, kind: 'council' },
        ...started.clocks.map((c) => ({ id: c.id, label: label(c), hour: c.hours, kind: 'clock' as const })),
      ],
    },
  );
  const s = result.sensitivity ?? null;
  const tornado = s ? tornadoToShow(s.tornadoes, s.threshold) : undefined;
  const ctx = { code, assumptions: started.assumptions, clocks: started.clocks, locale };
  return (
    <div data-testid="delay-cost-result">
      {h && m && (
        <p data-testid="delay-headline">
          {headlineChanges(h)
            ? t('delay.headline', {
                hour: result.decisionHour,
                earlierHour: h.earlierHour,
                capital: name(m[1]!),
                day: m[2]!,
                earlier: Math.round(h.earlier * 100),
                actual: Math.round(h.actual * 100),
                count: result.runs,
              })
            : t('delay.headlineNone', {
                hour: result.decisionHour,
                earlierHour: h.earlierHour,
                count: result.runs,
              })}
        </p>
      )}
      {stoppedEarly && <p>{t('delay.stoppedEarly', { count: result.runs })}</p>}
      <CurveChartView chart={curve} labelledBy="delay-chart-title" />
      <p className="review__legend">
        {curve.series.map((c) => (
          <span key={c.outcome} style={{ color: c.colour }}>
            ■ {c.label}{' '}
          </span>
        ))}
      </p>
      <h4>{t('delay.sensitivity')}</h4>
      {s && tornado ? (
        <>
          <p className="hint">
            {t('delay.sensitivityHint', { count: s.seeds, hour: s.decisionHour, from: s.fromHour })}
          </p>
          {s.settled.length > 0 && (
            <p className="hint" data-testid="delay-settled">
              {t('delay.settled', {
                from: s.fromHour,
                list: s.settled
                  .map((x) => t(`delay.settled.${x.reason}`, { label: labelOf(x.key) }))
                  .join(locale === 'fr' ? ' ; ' : '; '),
              })}
            </p>
          )}
          <TornadoView
            chart={tornadoChart(tornado, {
              title: t('delay.tornado', { outcome: outcomeName(tornado.outcome, t) }),
              labelOf,
              wordValue,
            })}
            labelledBy="delay-tornado-title"
          />
          <p className="hint">{t('delay.dependsHint', { threshold: Math.round(s.threshold * 100) })}</p>
          <ul data-testid="delay-dependencies">
            {s.dependencies.map((d) => (
              <li key={d.outcome}>
                {d.dependsOn.length
                  ? t('delay.dependsOn', {
                      finding: outcomeName(d.outcome, t),
                      baseline: Math.round(d.baseline * 100),
                      keys: d.dependsOn
                        .map((x) =>
                          t('delay.movesBy', { label: labelOf(x.key), span: Math.round(x.span * 100) }),
                        )
                        .join(', '),
                    })
                  : t('delay.dependsOnNone', {
                      finding: outcomeName(d.outcome, t),
                      baseline: Math.round(d.baseline * 100),
                    })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="hint">{t('delay.noSensitivity')}</p>
      )}
      <div className="review__downloads" role="group" aria-label={t('delay.exports')}>
        {DELAY_EXPORTS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button button--secondary button--small"
            data-testid={`delay-export-${kind}`}
            onClick={() => void saveDelayExport(kind, result, ctx).then((ok) => setExportFailed(!ok))}
          >
            {t(`delay.export.${kind}`)}
          </button>
        ))}
        {exportFailed && <p role="alert">{t('delay.pngFailed')}</p>}
      </div>
      <p className="hint" data-testid="delay-in-report">
        {t('delay.inReport')}
      </p>
      <h4>{t('delay.clocks')}</h4>
      <ul>
        {started.clocks.map((c) => (
          <li key={c.id}>
            {c.hours} h — {label(c)}
          </li>
        ))}
      </ul>
      <h4>{t('delay.assumptions')}</h4>
      <ul data-testid="delay-assumptions">
        {started.assumptions.map((a) => (
          <li key={a.key}>
            {t('delay.assumption', {
              label: labelOf(a.key),
              value: wordValue(a.key, a.value),
              key: a.key,
              sources: a.source.join(', '),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
