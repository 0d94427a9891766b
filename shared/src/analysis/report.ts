// The review's delay-cost analysis in print (ADR 0027): one self-contained HTML page with the curve,
// the tornado, which findings depend on which assumptions, the clocks and the assumptions in force.
import { curveChart, curveChartSvg, tornadoChart, tornadoChartSvg, type Mark } from './charts';
import type { DelayCost } from './delayCost';
import { dependencyText } from './findings';
import type { StatedAssumption } from './result';
import type { HistoricalClock } from './schema';

const esc = (v: unknown) =>
  String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const capitalName = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

/** "riga-held-d14" → "Riga held at day 14"; "ground-held" → "Ground held". */
export function outcomeLabel(key: string): string {
  const m = /^(.+)-held-d(\d+)$/.exec(key);
  return m ? `${capitalName(m[1]!)} held at day ${m[2]}` : key === 'ground-held' ? 'Ground held' : key;
}

/** The curve of each capital held at day 14, with the Council's hour and the clocks marked. */
export function delayCostCurveChart(result: DelayCost, clocks: readonly HistoricalClock[]) {
  const capitals = Object.keys(result.points[0]?.held ?? {});
  const marks: Mark[] = [
    { id: 'council', label: 'This Council', hour: result.decisionHour, kind: 'council' },
    ...clocks.map((c) => ({ id: c.id, label: c.label.en, hour: c.hours, kind: 'clock' as const })),
  ];
  return curveChart(
    result.points,
    capitals.map((c) => ({ outcome: `${c}-held-d14`, label: capitalName(c) })),
    {
      title: 'Share of runs each capital is still held at day 14, by the hour the Council decides',
      xLabel: 'decision hour (game hours from the start of the crisis)',
      marks,
    },
  );
}

export function delayCostReportHtml(
  result: DelayCost,
  context: {
    readonly title: string;
    readonly generatedAt: string;
    readonly assumptions: readonly StatedAssumption[];
    readonly clocks: readonly HistoricalClock[];
  },
): string {
  const curve = curveChartSvg(delayCostCurveChart(result, context.clocks));
  const s = result.sensitivity ?? null;
  const tornado = s?.tornadoes[0];
  const h = result.headline;
  const headline = h
    ? `<p>The Council authorised its response at hour ${result.decisionHour}. Deciding at hour ${h.earlierHour} would have kept ${esc(outcomeLabel(h.outcome))} in ${Math.round(h.earlier * 100)} % of ${result.runs} runs instead of ${Math.round(h.actual * 100)} %.</p>`
    : '';
  const findings = s
    ? `<h2>Which findings depend on which assumptions</h2>
<p class="meta">A finding depends on an assumption if varying that assumption over its range, the others as the exercise ran, moves the finding by more than ${Math.round(s.threshold * 100)} % of runs (${s.seeds} runs a value, the Council deciding at hour ${s.decisionHour}).</p>
<ul>${dependencyText(s.dependencies, s.threshold)
        .map(
          (line, i) =>
            `<li>${esc(line.replace(s.dependencies[i]!.outcome, outcomeLabel(s.dependencies[i]!.outcome)))}</li>`,
        )
        .join('')}</ul>
${tornado ? `<h3>Sensitivity of ${esc(outcomeLabel(tornado.outcome))}</h3><figure>${tornadoChartSvg(tornadoChart(tornado, { title: `Sensitivity of ${outcomeLabel(tornado.outcome)} to each assumption` }))}</figure>` : ''}`
    : '<p class="meta">The sensitivity runs did not finish within the time limit.</p>';
  const rows = context.assumptions
    .map(
      (a) =>
        `<tr><th scope="row">${esc(a.key)}</th><td class="num">${esc(a.value)}</td><td class="num">${esc(a.default)}</td><td>${esc(a.source.join(' '))}</td></tr>`,
    )
    .join('');
  const clocks = context.clocks
    .map((c) => `<li>${c.hours} h — ${esc(c.label.en)} (${esc(c.clock)})</li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>What the delay cost — ${esc(context.title)}</title>
<style>body{font:11pt/1.4 Georgia,serif;max-width:60rem;margin:1.5rem auto;padding:0 1rem}table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:.2rem .35rem;text-align:left}.num{text-align:right}.meta{color:#444;font-size:9.5pt}svg{max-width:100%;height:auto}@page{size:A4;margin:15mm}</style></head>
<body><h1>What the Council’s delay cost: ${esc(context.title)}</h1>
<p class="meta">${result.runs} runs a decision hour · report made ${esc(context.generatedAt)}</p>
${headline}
<h2>The cost-of-delay curve</h2><figure>${curve}</figure>
${findings}
<h2>Historical clocks</h2><ul>${clocks}</ul>
<h2>Assumptions in force</h2>
<table><thead><tr><th scope="col">Assumption</th><th scope="col">Value</th><th scope="col">Default</th><th scope="col">Source</th></tr></thead><tbody>${rows}</tbody></table>
</body></html>
`;
}
