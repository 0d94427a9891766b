// The printable report: one self-contained HTML page (no external assets) with the timeline's key
// moments, decisions against history, inline SVG charts, adjudications, tags and the hot wash.
import { replay } from '../engine/evolve';
import type { GameEvent } from '../engine/events';
import { formatGameTime } from '../time/gameTime';
import { chartSvg, measureCharts } from './charts';
import { decisionsTable, LATENCY_ANCHORS } from './decisions';
import { measuresSeries } from './measures';
import { adjudicationsSheet, assumptionsSheet } from './tables';
import { timeline } from './timeline';
import { words } from './eventNames';
import { kahnRungText } from './ladder';
import type { EscalationRung } from '../forces/escalation';
import { RUNG_NAMES } from '../forces/rungWords';
import type { Locale } from '../model/vocabulary';
import { isLocalisedText, type LocalisedText } from '../scenario/text';
import { COMPARISON_TEXT, REPORT_WORDS, ROUTE_WORDS, RULING_KINDS } from './reportWords';
import type { DelayCost } from '../analysis/delayCost';
import { delayCostSectionHtml } from '../analysis/report';
import { assumptionValueText } from '../analysis/valueWords';
import { DELAY_WORDS } from '../analysis/reportWords';

/** Escapes a value for HTML; a scenario text is written in the report's language. */
const escapeIn =
  (locale: Locale) =>
  (value: unknown): string =>
    value === null || value === undefined
      ? '—'
      : String(isLocalisedText(value) ? (value as LocalisedText)[locale] : value)
          .replace(/&/g, '&amp;')
          .replace(/</g, '&lt;')
          .replace(/>/g, '&gt;')
          .replace(/"/g, '&quot;');

/** Moments worth a line in print; the JSON export has every event. */
const KEY_MOMENTS: ReadonlySet<string> = new Set([
  'exerciseStarted',
  'resultOverridden',
  'adHocInjectFired',
  'seatHandedToBot',
  'seatTakenFromBot',
  'turnStarted',
  'injectFired',
  'itemRequested',
  'draftTabled',
  'silenceBroken',
  'draftAdopted',
  'draftWithdrawn',
  'incursionBegan',
  'placeCaptured',
  'unitDestroyed',
  'escalationChanged',
  'nuclearSignalSent',
  'negotiationDraftProposed',
  'negotiationDealSigned',
  'negotiationWalkedOut',
  'hotwashAsked',
  'reviewUnlocked',
  'exerciseEnded',
]);

const STATUS_WORDS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: { lobby: 'lobby', running: 'running', paused: 'paused', ended: 'ended' },
  fr: { lobby: 'en attente', running: 'en cours', paused: 'en pause', ended: 'terminé' },
};

const CSS = `
body{font:11pt/1.4 Georgia,'Times New Roman',serif;color:#111;max-width:60rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:18pt;margin:0 0 .25rem}h2{font-size:14pt;border-bottom:1px solid #999;margin-top:1.5rem;break-after:avoid}
table{border-collapse:collapse;width:100%;font-size:9.5pt;margin:.5rem 0}
th,td{border:1px solid #bbb;padding:.2rem .35rem;text-align:left;vertical-align:top}
thead{display:table-header-group}tr{break-inside:avoid}
.num{text-align:right;font-variant-numeric:tabular-nums}
.charts{display:flex;flex-wrap:wrap;gap:.75rem}figure{margin:0;break-inside:avoid}
figcaption{font-size:9.5pt;font-weight:bold}
.delay svg{max-width:100%;height:auto}
.tag{font-weight:bold;color:#7030a0}.meta{color:#444;font-size:9.5pt}
@page{size:A4;margin:15mm}
@media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}}
`;

export interface ReportOptions {
  /** Wall time the report was made, shown in its header. */
  readonly generatedAt: string;
  /** The language Control asked the report in (the export's `lang`); English by default. */
  readonly locale?: Locale;
  /**
   * The review's last finished delay-cost analysis of this exercise, and how many events of the log
   * it read (ADR 0027); null or absent when none has been run.
   */
  readonly delayCost?: { readonly result: DelayCost; readonly logLength: number } | null;
}

/** "What the Council's delay cost", for an exercise with forces and an assumption register. */
function delayCostPart(
  events: readonly GameEvent[],
  state: ReturnType<typeof replay>,
  options: ReportOptions,
  locale: Locale,
): string {
  const d = DELAY_WORDS[locale];
  const register = state.scenario.assumptions;
  if (!options.delayCost && !(state.forces && register?.length)) return '';
  const body = options.delayCost
    ? delayCostSectionHtml(options.delayCost.result, {
        locale,
        assumptions: options.delayCost.result.curve.assumptions,
        clocks: options.delayCost.result.curve.clocks,
        register,
        level: 3,
        stale:
          options.delayCost.logLength < events.length
            ? { read: options.delayCost.logLength, now: events.length }
            : null,
      })
    : `<p class="meta" id="delay-cost">${d.notRun}</p>`;
  return `<h2>${d.title}</h2>\n${body}`;
}

export function reportHtml(events: readonly GameEvent[], options: ReportOptions): string {
  const locale = options.locale ?? 'en';
  const w = REPORT_WORDS[locale];
  const esc = escapeIn(locale);
  const state = replay(events);
  const startsAt = state.scenario.startsAt;
  const when = (gameTime: string | null) => (gameTime ? formatGameTime(startsAt, gameTime) : '—');
  const entries = timeline(events, locale);
  const series = measuresSeries(events);
  const last = series[series.length - 1]!;
  const tagsAt = new Map<number, string[]>();
  for (const t of state.review.tags) {
    tagsAt.set(t.seq, [...(tagsAt.get(t.seq) ?? []), `${t.kind}${t.note ? `: ${t.note}` : ''}`]);
  }
  const first = events[0];
  const variant = first?.type === 'exerciseCreated' ? (first.variant ?? null) : null;

  const decisions = decisionsTable(state)
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.title)}</th><td>${esc(when(r.raisedAt))}</td><td>${esc(when(r.tabledAt))}</td><td>${esc(when(r.decidedAt))}</td><td class="num">${esc(r.latencyHours)}</td><td>${esc(r.adoptedVia ? (ROUTE_WORDS[locale][r.adoptedVia] ?? r.adoptedVia) : null)}</td><td>${r.comparison ? esc(COMPARISON_TEXT[locale][r.comparison]) : '—'}</td><td class="num">${r.versusAnchors ? `×${r.versusAnchors.nineEleven} · ×${r.versusAnchors.libya} · ×${r.versusAnchors.turkey}` : '—'}</td></tr>`,
    )
    .join('');
  const moments = entries
    .filter((e) => KEY_MOMENTS.has(e.type) || tagsAt.has(e.seq))
    .map((e) => {
      const tags = (tagsAt.get(e.seq) ?? [])
        .map((t) => `<div class="tag">${w.tag} — ${esc(t)}</div>`)
        .join('');
      return `<tr id="seq-${e.seq}"><td class="num">${e.seq}</td><td>${esc(when(e.gameTime))}</td><td>${esc(e.label)}${tags}</td></tr>`;
    })
    .join('');
  const adjudications = adjudicationsSheet(events, locale)
    .rows.map(
      (row) =>
        `<tr><td class="num">${esc(row[0])}</td><td>${esc(when((row[2] as string | null) ?? null))}</td><td>${esc(RULING_KINDS[locale][String(row[1])] ?? words(String(row[1])))}</td><td>${esc(row[4])}</td><td>${esc(row[5])}</td><td>${esc(row[6] === 'rules' ? w.rules : row[6])}</td></tr>`,
    )
    .join('');
  const tags = state.review.tags
    .map(
      (t) =>
        `<tr><td class="num"><a href="#seq-${t.seq}">${t.seq}</a></td><td>${esc(t.kind)}</td><td>${esc(t.note || '')}</td><td>${esc(t.by ?? 'Control')}</td><td>${esc(entries[t.seq]?.label)}</td></tr>`,
    )
    .join('');
  const hotwash = state.review.questions
    .map((q) => {
      const answers = q.answers.length
        ? `<ul>${q.answers.map((a) => `<li><strong>${esc(a.seatId)}</strong>: ${esc(a.text)}</li>`).join('')}</ul>`
        : `<p class="meta">${w.noAnswer}</p>`;
      return `<section><h3>${esc(q.question)}</h3><p class="meta">${w.turn} ${q.turn}, ${esc(when(q.gameTime))}; ${w.askedOf} ${esc(q.audience === 'all' ? w.everySeat : q.audience.join(', '))}</p>${answers}</section>`;
    })
    .join('');
  const charts = measureCharts(series, locale)
    .map(
      (c) =>
        `<figure><figcaption>${esc(c.title)} (${esc(c.unit)})</figcaption>${chartSvg(c, locale)}</figure>`,
    )
    .join('');
  // The sheet holds the register's ids (assumptions.csv); the page words them: a choice by its label.
  const register = state.scenario.assumptions;
  const worded = (key: string, v: string | number) => assumptionValueText(register, key, v, locale);
  const rangeOf = (key: string, raw: string | number) => {
    const a = register?.find((x) => x.key === key);
    if (a?.kind === 'choice') return a.choices.map((c) => c.label[locale]).join(' | ');
    return a ? `${worded(key, a.min)} – ${worded(key, a.max)}` : String(raw);
  };
  const assumed = assumptionsSheet(events, locale)
    .rows.map((r) => {
      const key = String(r[0]);
      return `<tr><th scope="row">${esc(r[1])}</th><td>${esc(key)}</td><td class="num">${esc(worded(key, r[2] as string | number))}</td><td class="num">${esc(worded(key, r[3] as string | number))}</td><td>${esc(rangeOf(key, r[4] as string | number))}</td><td>${esc(r[6])}</td></tr>`;
    })
    .join('');
  const anchors = `${LATENCY_ANCHORS.map((a) => esc(a.label[locale])).join('; ')}`;

  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title} — ${esc(state.title)}</title><style>${CSS}</style></head>
<body>
<header><h1>${w.title}${locale === 'fr' ? ' :' : ':'} ${esc(state.title)}</h1>
<p class="meta">${w.scenario} ${esc(state.scenario.title)}${variant ? ` (${esc(variant)})` : ''} · ${w.exercise} ${esc(state.code)} · ${events.length} ${w.events} · ${state.clock.turn} ${w.turns} · ${w.status} ${esc(STATUS_WORDS[locale][state.session.status] ?? state.session.status)} · ${w.clockAtEnd} ${esc(when(state.clock.time))} · ${w.made} ${esc(options.generatedAt)}</p></header>
<main>
<h2>${w.measuresAtEnd}</h2>
<table><tbody>
<tr><th scope="row">${w.cohesion}</th><td class="num">${esc(last.cohesion)}</td><th scope="row">${w.deterrence}</th><td class="num">${esc(last.deterrenceCredibility)}</td></tr>
<tr><th scope="row">${w.rung}</th><td>${esc(kahnRungText(last.escalationRung, locale))}</td><th scope="row">${w.groundHeld}</th><td class="num">${last.groundHeld === null ? '—' : `${Math.round(last.groundHeld * 100)} %`}</td></tr>
<tr><th scope="row">${w.agreement}</th><td class="num">${last.agreementProgress === null ? '—' : `${Math.round(last.agreementProgress * 100)} %`}</td><th scope="row">${w.escalationOnGround}</th><td>${esc(last.escalation ? (RUNG_NAMES[locale][last.escalation as EscalationRung] ?? words(last.escalation)) : '—')}</td></tr>
</tbody></table>
${
  assumed
    ? `<h2>${w.assumptionsInForce}</h2>
<p class="meta">${w.assumptionsNote}</p>
<table id="assumptions"><thead><tr><th scope="col">${w.assumption}</th><th scope="col">${w.key}</th><th scope="col">${w.value}</th><th scope="col">${w.defaultValue}</th><th scope="col">${w.range}</th><th scope="col">${w.source}</th></tr></thead><tbody>${assumed}</tbody></table>`
    : ''
}
<h2>${w.measuresOverTime}</h2>
<div class="charts">${charts}</div>
<h2>${w.decisions}</h2>
<p class="meta">${w.latencyNote} ${anchors}.</p>
<table><thead><tr><th scope="col">${w.item}</th><th scope="col">${w.raised}</th><th scope="col">${w.tabled}</th><th scope="col">${w.decided}</th><th scope="col">${w.latency}</th><th scope="col">${w.adoptedBy}</th><th scope="col">${w.againstHistory}</th><th scope="col">${w.versusAnchors}</th></tr></thead><tbody>${decisions}</tbody></table>
${delayCostPart(events, state, options, locale)}
<h2>${w.tags}</h2>
${tags ? `<table><thead><tr><th scope="col">${w.moment}</th><th scope="col">${w.kind}</th><th scope="col">${w.note}</th><th scope="col">${w.by}</th><th scope="col">${w.event}</th></tr></thead><tbody>${tags}</tbody></table>` : `<p class="meta">${w.noTags}</p>`}
<h2>${w.hotwash}</h2>
${hotwash || `<p class="meta">${w.noHotwash}</p>`}
<h2>${w.timeline}</h2>
<table><thead><tr><th scope="col">${w.seq}</th><th scope="col">${w.gameTime}</th><th scope="col">${w.whatHappened}</th></tr></thead><tbody>${moments}</tbody></table>
<h2>${w.adjudications}</h2>
${adjudications ? `<table><thead><tr><th scope="col">${w.seq}</th><th scope="col">${w.gameTime}</th><th scope="col">${w.kind}</th><th scope="col">${w.subject}</th><th scope="col">${w.explanation}</th><th scope="col">${w.by}</th></tr></thead><tbody>${adjudications}</tbody></table>` : `<p class="meta">${w.noAdjudication}</p>`}
</main></body></html>
`;
}
