/// <reference types="node" />
// The printable report embeds the review's delay-cost analysis (issue 14, ADR 0027): the curve and the
// tornado as inline SVG, which findings depend on which assumptions, the assumptions it ran under, in
// the language Control asked for; and says how to get it when none has been run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../engine/events';
import type { AssumptionValues } from '../analysis/assumptions';
import type { CurvePoint } from '../analysis/curve';
import {
  delayCostFindings,
  delayCostJob,
  delayCostOf,
  delayCostSeed,
  type DelayCost,
  type DelayCostJob,
} from '../analysis/delayCost';
import { dependencies, sensitivities } from '../analysis/findings';
import { reportHtml } from './report';
import { statesOf } from './timeline';

const golden = JSON.parse(
  readFileSync(new URL('../../../tests/replays/baltic-vjtf.golden.json', import.meta.url), 'utf8'),
) as { events: GameEvent[] };
const events = golden.events;
const AT = '2026-12-07T12:00:00.000Z';

/** The golden Council's analysis: one real seed for the curve, a made-up response for the sensitivity. */
function analysed(): DelayCost {
  const job = delayCostJob(statesOf(events)) as DelayCostJob;
  if (typeof job === 'string') throw new Error(job);
  const curve = delayCostOf(
    job,
    delayCostSeed(job, 1).map((o) => [o]),
  );
  const register = job.scenario.assumptions!;
  // Riga hangs on Red's competence; nothing else moves anything.
  const evaluate = (v: AssumptionValues): CurvePoint => ({
    ...curve.points[0]!,
    held: {
      ...curve.points[0]!.held,
      riga: { d7: 0.9, d14: 0.9 - 0.5 * (Number(v['red-competence']) - 0.5), d28: 0.5 },
    },
    groundHeld: 0.5,
  });
  const tornadoes = sensitivities(
    register,
    job.assumptions,
    delayCostFindings(job, 'riga-held-d14'),
    evaluate,
  );
  return {
    ...curve,
    sensitivity: {
      seeds: 1,
      fromHour: 0,
      decisionHour: job.decisionHour,
      threshold: 0.1,
      tornadoes,
      dependencies: dependencies(tornadoes),
      settled: [],
    },
  };
}

describe('the printable report and the delay-cost analysis', () => {
  const result = analysed();

  it('embeds the curve and the tornado inline, what each finding depends on and the assumptions it ran under', () => {
    const html = reportHtml(events, { generatedAt: AT, delayCost: { result, logLength: events.length } });
    expect(html).toContain('<h2>What the Council’s delay cost</h2>');
    const section = html.slice(html.indexOf('<section class="delay" id="delay-cost">'));
    expect(section).toMatch(
      /<figure id="delay-curve"><svg [^>]*role="img"[^>]*><title>Share of runs each capital/,
    );
    expect(section).toMatch(
      /<figure id="delay-tornado"><figcaption>Sensitivity of Riga held at day 14 to each assumption<\/figcaption><svg /,
    );
    // The measures' five charts, then the curve and the tornado.
    expect(html.match(/<svg /g)).toHaveLength(7);
    // The Council's own hour and the clocks within the curve are marked on it.
    expect(section).toContain(`<title>This Council</title>`);
    expect(section).toContain(
      `The Council authorised its response at hour ${result.decisionHour}. Deciding at hour ${result.headline!.earlierHour}`,
    );
    expect(section).toContain(
      "<li>Riga held at day 14 (65 %) depends on Red's tactical competence (moves it by 35 %).</li>",
    );
    expect(section).toContain('<li>Ground held (50 %) depends on no assumption by more than 10 %.</li>');
    // Every assumption of the register, with the value the analysis ran under.
    for (const a of result.curve.assumptions) expect(section).toContain(`<td>${a.key}</td>`);
    expect(section).toContain('<h3>Assumptions this analysis ran under</h3>');
    expect(section).not.toContain('data-stale');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<script/);
  });

  it('speaks the language Control asked for', () => {
    const fr = reportHtml(events, {
      generatedAt: AT,
      locale: 'fr',
      delayCost: { result, logLength: events.length },
    });
    expect(fr).toContain('<h2>Ce qu’a coûté le délai du Conseil</h2>');
    expect(fr).toContain('<title>Part des parties où chaque capitale tient encore au jour 14');
    expect(fr).toContain('<h3>Quels résultats dépendent de quelles hypothèses</h3>');
    expect(fr).toContain('« Riga tenue au jour 14 » (65 %) dépend de Compétence tactique rouge');
    expect(fr).toContain('<h2>Hypothèses retenues</h2>');
    expect(fr).not.toContain('What the Council’s delay cost');
    expect(fr).not.toContain('depends on');
  });

  it('does not claim deciding earlier kept a capital when it kept none in more runs', () => {
    const none: DelayCost = {
      ...result,
      headline: { outcome: 'tallinn-held-d7', earlierHour: 47, earlier: 0, actual: 0 },
    };
    const html = reportHtml(events, {
      generatedAt: AT,
      delayCost: { result: none, logLength: events.length },
    });
    expect(html).toContain(
      `The Council authorised its response at hour ${result.decisionHour}. Deciding at hour 47 would have held no capital in more of these 1 run.`,
    );
    expect(html).not.toContain('would have kept');
  });

  it('says when the record has grown since the analysis read it', () => {
    const html = reportHtml(events, { generatedAt: AT, delayCost: { result, logLength: events.length - 3 } });
    expect(html).toContain(
      `This analysis read the record’s first ${events.length - 3} events; the record now has ${events.length}.`,
    );
  });

  it('tells Control how to have it when none has been run', () => {
    const html = reportHtml(events, { generatedAt: AT });
    expect(html).toContain('<h2>What the Council’s delay cost</h2>');
    expect(html).toContain('No delay-cost analysis has been run for this exercise yet');
    expect(html).not.toContain('delay-curve');
  });
});
