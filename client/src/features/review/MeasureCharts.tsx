// The six measures over the turns as SVG line charts, each with a title and a text summary.
import { useMemo } from 'react';
import {
  CHART_COLOURS,
  CHART_DASHES,
  chartGeometry,
  measureCharts,
  type Chart,
  type ChartSeriesId,
  type ViewedMeasurePoint,
} from '@council/shared';
import { useT, type Translate } from '../../i18n';

/** The charts' series and axes in the reader's language (shared chartWords); a nation's line keeps its name. */
const seriesName = (t: Translate, line: { readonly id?: ChartSeriesId; readonly label: string }) =>
  line.id ? t(`review.series.${line.id}`) : line.label;
const unitOf = (t: Translate, chart: Chart) => t(`review.chartUnit.${chart.id}`);

function LineChart({ chart, at }: { readonly chart: Chart; readonly at: number | null }) {
  const t = useT();
  const g = useMemo(() => chartGeometry(chart), [chart]);
  const title = t(`review.chart.${chart.id}`);
  const id = `review-chart-${chart.id}`;
  const n = chart.xLabels.length;
  const markerX =
    at === null || n < 2
      ? null
      : g.plot.left + ((g.plot.right - g.plot.left) * Math.min(at, n - 1)) / (n - 1);
  const summary = chart.series
    .map((s) => `${seriesName(t, s)}: ${[...s.values].reverse().find((v) => v !== null) ?? '—'}`)
    .join('; ');
  return (
    <figure className="review__chart" data-testid={id}>
      <figcaption id={`${id}-caption`}>
        {title} <span className="hint">({unitOf(t, chart)})</span>
      </figcaption>
      <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{t('review.chartSummary', { summary })}</desc>
        <rect
          x={g.plot.left}
          y={g.plot.top}
          width={g.plot.right - g.plot.left}
          height={g.plot.bottom - g.plot.top}
          fill="none"
          stroke="#bbb"
        />
        {g.yTicks.map((tick) => (
          <g key={tick.label}>
            <line x1={g.plot.left} x2={g.plot.right} y1={tick.y} y2={tick.y} stroke="#eee" />
            <text x={g.plot.left - 4} y={tick.y + 4} textAnchor="end" fontSize="10">
              {tick.label}
            </text>
          </g>
        ))}
        {g.xTicks.map((tick) => (
          <text key={tick.label + tick.x} x={tick.x} y={g.plot.bottom + 14} textAnchor="middle" fontSize="10">
            {tick.label}
          </text>
        ))}
        {markerX !== null && (
          <line
            x1={markerX}
            x2={markerX}
            y1={g.plot.top}
            y2={g.plot.bottom}
            stroke="#a50021"
            strokeDasharray="3 3"
          />
        )}
        {g.lines.map((line, i) => (
          <path
            key={line.label}
            d={line.path}
            fill="none"
            stroke={CHART_COLOURS[i % CHART_COLOURS.length]}
            strokeWidth={2}
            strokeDasharray={CHART_DASHES[i % CHART_DASHES.length]}
          >
            <title>{seriesName(t, line)}</title>
          </path>
        ))}
      </svg>
      <ul className="review__legend">
        {g.lines.map((line, i) => (
          <li key={line.label}>
            <svg width="24" height="8" aria-hidden="true">
              <line
                x1="0"
                x2="24"
                y1="4"
                y2="4"
                stroke={CHART_COLOURS[i % CHART_COLOURS.length]}
                strokeWidth={2}
                strokeDasharray={CHART_DASHES[i % CHART_DASHES.length]}
              />
            </svg>{' '}
            {seriesName(t, line)}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** `at` is the index of the point nearest the scrubbed moment, marked on every chart. */
export function MeasureCharts({
  series,
  at,
}: {
  readonly series: readonly ViewedMeasurePoint[];
  readonly at: number | null;
}) {
  const t = useT();
  const charts = useMemo(() => measureCharts(series), [series]);
  return (
    <section className="review__charts" aria-labelledby="review-charts-title" data-testid="review-charts">
      <h3 id="review-charts-title">{t('review.charts')}</h3>
      <div className="review__chart-grid">
        {charts.map((chart) => (
          <LineChart key={chart.id} chart={chart} at={at} />
        ))}
      </div>
    </section>
  );
}
