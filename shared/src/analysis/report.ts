// The review's delay-cost analysis in print (ADR 0027): the headline, the curve, the tornado, which
// findings depend on which assumptions, the clocks and the assumptions it ran under. One section,
// written once: the printable analysis is a page around it, the after-action report embeds it.
import type { Locale } from '../model/vocabulary';
import { curveChart, curveChartSvg, tornadoChart, tornadoChartSvg, type Mark } from './charts';
import type { DelayCost } from './delayCost';
import type { StatedAssumption } from './result';
import { tornadoToShow } from './findings';
import { DELAY_WORDS } from './reportWords';
import type { Assumption, HistoricalClock } from './schema';
import type { AssumptionValue } from './assumptions';
import { assumptionLabel, assumptionValueText } from './valueWords';

const esc = (v: unknown) =>
  String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const capitalName = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

/** "riga-held-d14" → "Riga held at day 14"; "ground-held" → "Ground held" (in the report's language). */
export function outcomeLabel(key: string, locale: Locale = 'en'): string {
  const w = DELAY_WORDS[locale];
  const m = /^(.+)-held-d(\d+)$/.exec(key);
  return m ? w.heldAt(capitalName(m[1]!), m[2]!) : key === 'ground-held' ? w.groundHeld : key;
}

/** The curve of each capital held at day 14, with the Council's hour and the clocks marked. */
export function delayCostCurveChart(
  result: DelayCost,
  clocks: readonly HistoricalClock[],
  locale: Locale = 'en',
) {
  const w = DELAY_WORDS[locale];
  const capitals = Object.keys(result.points[0]?.held ?? {});
  const marks: Mark[] = [
    { id: 'council', label: w.thisCouncil, hour: result.decisionHour, kind: 'council' },
    ...clocks.map((c) => ({ id: c.id, label: c.label[locale], hour: c.hours, kind: 'clock' as const })),
  ];
  return curveChart(
    result.points,
    capitals.map((c) => ({ outcome: `${c}-held-d14`, label: capitalName(c) })),
    { title: w.curveTitle, xLabel: w.axis, marks },
  );
}

/** Whether deciding earlier kept the headline's capital in more runs (in whole percent), or in none. */
export const headlineChanges = (h: NonNullable<DelayCost['headline']>): boolean =>
  Math.round(h.earlier * 100) > Math.round(h.actual * 100);

export interface DelayCostPrint {
  readonly locale?: Locale;
  /** Every assumption of the register with the value the analysis ran under. */
  readonly assumptions: readonly StatedAssumption[];
  readonly clocks: readonly HistoricalClock[];
  /** The scenario's register, for each assumption's name in the report's language. */
  readonly register?: readonly Assumption[];
  /** The heading level of the section's parts: 2 on a page of its own, 3 inside the after-action report. */
  readonly level?: 2 | 3;
  /** The log's length now, when the analysis read a shorter one (the report says it may be out of date). */
  readonly stale?: { readonly read: number; readonly now: number } | null;
}

/** The analysis as one HTML section: every chart inline SVG, every result with the assumptions it ran under. */
export function delayCostSectionHtml(result: DelayCost, p: DelayCostPrint): string {
  const locale = p.locale ?? 'en';
  const w = DELAY_WORDS[locale];
  const hN = `h${p.level ?? 2}`;
  const heading = (text: string) => `<${hN}>${esc(text)}</${hN}>`;
  const finding = (key: string) => outcomeLabel(key, locale);
  const labelOf = (key: string) => assumptionLabel(p.register, key, locale);
  const wordValue = (key: string, value: AssumptionValue) =>
    assumptionValueText(p.register, key, value, locale);
  const s = result.sensitivity ?? null;
  const tornado = s ? tornadoToShow(s.tornadoes, s.threshold) : undefined;
  const h = result.headline;
  const parts: string[] = [];
  if (p.stale) parts.push(`<p class="meta" data-stale>${esc(w.stale(p.stale.read, p.stale.now))}</p>`);
  parts.push(`<p class="meta">${esc(w.runsAHour(result.runs))}</p>`);
  if (h)
    parts.push(
      `<p data-headline>${esc(
        headlineChanges(h)
          ? w.headline({
              hour: result.decisionHour,
              earlierHour: h.earlierHour,
              finding: finding(h.outcome),
              earlier: h.earlier,
              actual: h.actual,
              runs: result.runs,
            })
          : w.headlineNone({ hour: result.decisionHour, earlierHour: h.earlierHour, runs: result.runs }),
      )}</p>`,
    );
  if (result.adopted.length)
    parts.push(
      `<p class="meta">${esc(w.adopted)}: ${result.adopted.map((a) => `${esc(a.title[locale])} (${esc(w.hour)} ${a.hour})`).join('; ')}.</p>`,
    );
  parts.push(
    heading(w.curve),
    `<figure id="delay-curve">${curveChartSvg(delayCostCurveChart(result, p.clocks, locale))}</figure>`,
  );
  parts.push(heading(w.dependsTitle));
  if (s) {
    const lines = s.dependencies.map((d) =>
      d.dependsOn.length
        ? w.dependsOn(
            finding(d.outcome),
            d.baseline,
            d.dependsOn.map((x) => w.movesBy(labelOf(x.key), x.span)).join(', '),
          )
        : w.dependsOnNone(finding(d.outcome), d.baseline, s.threshold),
    );
    parts.push(
      `<p class="meta">${esc(w.dependsNote({ threshold: s.threshold, seeds: s.seeds, hour: s.decisionHour, from: s.fromHour }))}</p>`,
      ...(s.settled.length
        ? [
            `<p class="meta" id="delay-settled">${esc(w.settled(s.settled.map((x) => w.settledWhy(labelOf(x.key), x.reason)).join('; '), s.fromHour))}</p>`,
          ]
        : []),
      `<ul id="delay-dependencies">${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`,
    );
    if (tornado) {
      const title = w.tornado(finding(tornado.outcome));
      parts.push(
        `<figure id="delay-tornado"><figcaption>${esc(title)}</figcaption>${tornadoChartSvg(tornadoChart(tornado, { title, labelOf, wordValue }))}</figure>`,
      );
    }
  } else parts.push(`<p class="meta">${esc(w.noSensitivity)}</p>`);
  if (p.clocks.length)
    parts.push(
      heading(w.clocks),
      `<ul>${[...p.clocks]
        .sort((a, b) => a.hours - b.hours)
        .map((c) => `<li>${c.hours} h — ${esc(c.label[locale])}</li>`)
        .join('')}</ul>`,
    );
  const rows = p.assumptions
    .map(
      (a) =>
        `<tr><th scope="row">${esc(labelOf(a.key))}</th><td>${esc(a.key)}</td><td class="num">${a.value === a.default ? esc(wordValue(a.key, a.value)) : `<strong>${esc(wordValue(a.key, a.value))}</strong>`}</td><td class="num">${esc(wordValue(a.key, a.default))}</td><td>${esc(a.source.join(' '))}</td></tr>`,
    )
    .join('');
  parts.push(
    heading(w.assumptions),
    `<table id="delay-assumptions"><thead><tr><th scope="col">${w.assumption}</th><th scope="col">${w.key}</th><th scope="col">${w.value}</th><th scope="col">${w.default}</th><th scope="col">${w.source}</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
  return `<section class="delay" id="delay-cost">${parts.join('\n')}</section>`;
}

/** The analysis on a page of its own (the review panel's "printable analysis"). */
export function delayCostReportHtml(
  result: DelayCost,
  context: DelayCostPrint & { readonly title: string; readonly generatedAt: string },
): string {
  const locale = context.locale ?? 'en';
  const w = DELAY_WORDS[locale];
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${esc(w.title)} — ${esc(context.title)}</title>
<style>body{font:11pt/1.4 Georgia,serif;max-width:60rem;margin:1.5rem auto;padding:0 1rem}table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:.2rem .35rem;text-align:left}.num{text-align:right}.meta{color:#444;font-size:9.5pt}figure{margin:0;break-inside:avoid}figcaption{font-size:9.5pt;font-weight:bold}svg{max-width:100%;height:auto}@page{size:A4;margin:15mm}</style></head>
<body><h1>${esc(w.title)}${locale === 'fr' ? ' :' : ':'} ${esc(context.title)}</h1>
<p class="meta">${esc(w.made)} ${esc(context.generatedAt)}</p>
${delayCostSectionHtml(result, { ...context, level: 2 })}
</body></html>
`;
}
