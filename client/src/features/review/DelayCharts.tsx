// The cost-of-delay curve and the tornado, drawn as SVG from the shared chart data (ADR 0027): the
// same geometry the printable report and the exported SVG use. No chart library.
import { markTextAt, type CurveChart, type TornadoChart } from '@council/shared';

export function CurveChartView({
  chart,
  labelledBy,
}: {
  readonly chart: CurveChart;
  readonly labelledBy: string;
}) {
  const { plot } = chart;
  return (
    <svg
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-labelledby={labelledBy}
      className="review__delay-chart"
      data-testid="delay-curve"
    >
      <title id={labelledBy}>{chart.title}</title>
      <line x1={plot.left} y1={plot.bottom} x2={plot.right} y2={plot.bottom} stroke="currentColor" />
      <line x1={plot.left} y1={plot.bottom} x2={plot.left} y2={plot.top} stroke="currentColor" />
      {chart.yTicks.map((t) => (
        <text key={t.label} x={plot.left - 4} y={t.at + 3} textAnchor="end" fontSize="10">
          {t.label}
        </text>
      ))}
      {chart.xTicks.map((t) => (
        <text key={t.label} x={t.at} y={plot.bottom + 12} textAnchor="middle" fontSize="10">
          {t.label}
        </text>
      ))}
      <text x={(plot.left + plot.right) / 2} y={chart.height - 8} textAnchor="middle" fontSize="10">
        {chart.xLabel}
      </text>
      {chart.marks.map((m) => {
        const at = markTextAt(m.at, plot.bottom);
        return (
          <g key={m.id} data-testid={`delay-mark-${m.id}`}>
            <line
              x1={m.at}
              x2={m.at}
              y1={plot.bottom}
              y2={plot.top}
              stroke={m.kind === 'council' ? 'currentColor' : '#888'}
              strokeDasharray={m.kind === 'council' ? '2 2' : '6 3'}
            >
              <title>{m.label}</title>
            </line>
            <text
              x={at.x}
              y={at.y}
              transform={`rotate(-90 ${at.x} ${at.y})`}
              fontSize="9"
              fill={m.kind === 'council' ? 'currentColor' : '#666'}
              aria-hidden="true"
            >
              {m.text}
            </text>
          </g>
        );
      })}
      {chart.series.map((s) => (
        <polyline key={s.outcome} fill="none" stroke={s.colour} strokeWidth={s.strokeWidth} points={s.points}>
          <title>{s.label}</title>
        </polyline>
      ))}
    </svg>
  );
}

export function TornadoView({
  chart,
  labelledBy,
}: {
  readonly chart: TornadoChart;
  readonly labelledBy: string;
}) {
  const axisY = chart.height - 24;
  return (
    <svg
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-labelledby={labelledBy}
      className="review__delay-chart"
      data-testid="tornado"
    >
      <title id={labelledBy}>{chart.title}</title>
      {chart.bars.map((b) => (
        <g key={b.key} data-testid={`tornado-bar-${b.key}`}>
          {b.lines.map((l) => (
            <text key={l.y} x={chart.labelWidth - 6} y={l.y} textAnchor="end" fontSize="10">
              {l.text}
            </text>
          ))}
          <rect x={b.from} y={b.y} width={b.to - b.from} height={b.height} fill="#1f5fbf">
            <title>{b.summary}</title>
          </rect>
          {b.ends.map((e, i) => (
            <text
              key={i}
              x={e.x}
              y={e.y}
              textAnchor={e.anchor}
              fontSize="9"
              fill={e.inside ? '#fff' : 'currentColor'}
            >
              {e.text}
            </text>
          ))}
        </g>
      ))}
      <line
        x1={chart.baselineAt}
        x2={chart.baselineAt}
        y1={4}
        y2={axisY}
        stroke="currentColor"
        strokeDasharray="3 2"
      />
      <line x1={chart.labelWidth} x2={chart.width - 16} y1={axisY} y2={axisY} stroke="currentColor" />
      {chart.xTicks.map((t) => (
        <text key={t.label} x={t.at} y={axisY + 12} textAnchor="middle" fontSize="10">
          {t.label}
        </text>
      ))}
    </svg>
  );
}
