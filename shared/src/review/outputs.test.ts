/// <reference types="node" />
// Charts, the printable report, a seat's own review and the comparison of runs, over the golden log.
import { isLocalisedText } from '../scenario/text';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replay } from '../engine/evolve';
import type { GameEvent } from '../engine/events';
import { chartGeometry, chartSvg, measureCharts } from './charts';
import { compareRuns, median, summariseRun } from './compare';
import { measuresSeries } from './measures';
import { reportHtml } from './report';
import { seatReview, viewAt } from '../visibility/seatReview';

const golden = JSON.parse(
  readFileSync(new URL('../../../tests/replays/baltic-vjtf.golden.json', import.meta.url), 'utf8'),
) as { events: GameEvent[] };
const base = golden.events;
const AT = '2026-11-23T12:00:00.000Z';
/** The golden log with the after-action record added at its end. */
const events: GameEvent[] = [
  ...base,
  { type: 'exerciseEnded', at: AT },
  {
    type: 'momentTagged',
    tagId: 't1',
    seq: 200,
    kind: 'decision-point',
    note: 'VJTF <decided>',
    by: null,
    at: AT,
  },
  {
    type: 'hotwashAsked',
    questionId: 'q1',
    question: 'What slowed the council?',
    audience: ['est'],
    turn: 9,
    gameTime: '2027-03-05T18:00:00.000Z',
    at: AT,
  },
  { type: 'hotwashAnswered', questionId: 'q1', seatId: 'est', text: 'Instructions from capitals.', at: AT },
];

describe('charts', () => {
  it('draws the measures the scenario has, each line through every known point', () => {
    const series = measuresSeries(events);
    const charts = measureCharts(series);
    // The Baltic scenario has no negotiation: five of the six charts.
    expect(charts.map((c) => c.id)).toEqual([
      'cohesion',
      'deterrenceCredibility',
      'escalationRung',
      'publicSupport',
      'groundHeld',
    ]);
    const cohesion = charts[0]!;
    expect(cohesion.series[0]!.values).toEqual(series.map((p) => p.cohesion));
    const geometry = chartGeometry(cohesion);
    expect(geometry.lines[0]!.points).toHaveLength(series.length);
    for (const p of geometry.lines[0]!.points) {
      expect(p.y).toBeGreaterThanOrEqual(geometry.plot.top);
      expect(p.y).toBeLessThanOrEqual(geometry.plot.bottom);
    }
    const svg = chartSvg(cohesion);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('<title id="chart-cohesion-t">Alliance cohesion');
  });

  it('leaves a gap where a value is unknown', () => {
    const chart = {
      id: 'escalationRung' as const,
      title: 'Rung',
      unit: 'rung',
      min: 0,
      max: 10,
      xLabels: ['T0', 'T1', 'T2'],
      series: [{ label: 'x', values: [1, null, 5] }],
    };
    expect(chartGeometry(chart).lines[0]!.path.match(/M/g)).toHaveLength(2);
  });
});

describe('printable report', () => {
  it('follows the language Control asked for: its own words and the scenario’s (ADR 0029)', () => {
    const created = events[0]!;
    if (created.type !== 'exerciseCreated') throw new Error('the log starts with its creation');
    const catalogue = replay(events).scenario.catalogue;
    const first = catalogue[0]!;
    // A log written in both languages, as every new exercise is.
    const bilingual: GameEvent[] = [
      {
        ...created,
        scenario: {
          ...created.scenario,
          catalogue: created.scenario.catalogue.map((c) =>
            c.id === first.id ? { ...c, title: { en: first.title.en, fr: 'Titre en français' } } : c,
          ),
        },
      },
      ...events.slice(1),
    ];
    const fr = reportHtml(bilingual, { generatedAt: AT, locale: 'fr' });
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toContain('<h2>Décisions au regard de l’histoire');
    expect(fr).toContain('Titre en français');
    expect(fr).not.toContain('<h2>Decisions against history');
    const en = reportHtml(bilingual, { generatedAt: AT });
    expect(en).toContain('<html lang="en">');
    expect(en).not.toContain('Titre en français');
  });

  it('has the sections, every decision, the tags and the hot wash, escaped, with no external asset', () => {
    const html = reportHtml(events, { generatedAt: AT });
    for (const heading of [
      'Measures over time',
      'Decisions against history',
      'Tags',
      'Hot wash',
      'Timeline',
    ]) {
      expect(html).toContain(`<h2>${heading}`);
    }
    for (const item of replay(events).scenario.catalogue)
      expect(html).toContain(item.title.en.replace(/&/g, '&amp;'));
    expect(html).toContain('VJTF &lt;decided&gt;');
    expect(html).not.toContain('<decided>');
    expect(html).toContain('Instructions from capitals.');
    expect(html).toContain('@media print');
    expect(html.match(/<svg /g)?.length).toBe(5);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<script/);
  });
});

describe("a seat's own review", () => {
  const scenario = replay(base).scenario;
  const secretsOf = (allyId: string) => {
    const secret = scenario.allies.find((a) => a.id === allyId)?.secret;
    return secret
      ? [...secret.redLines, secret.intelligence, secret.domesticState]
          .flatMap((s) => (s ? [s.en, s.fr] : []))
          .filter((s) => s.length > 12)
      : [];
  };

  it('never carries another ally’s secrets, at any moment', () => {
    const others = scenario.allies.filter((a) => a.id !== 'est').flatMap((a) => secretsOf(a.id));
    expect(others.length).toBeGreaterThan(5);
    const review = JSON.stringify(seatReview(events, 'est', false));
    const moments = [0, 50, 150, 300, events.length - 1].map((seq) =>
      JSON.stringify(viewAt(events, seq, { seatId: 'est', isControl: false })),
    );
    for (const text of [review, ...moments]) for (const secret of others) expect(text).not.toContain(secret);
    // Its own secrets it did see.
    expect(moments.join('')).toContain(secretsOf('est')[0]);
  });

  it('lists the clocks, the questions put to it and its own answers; Red sees no council measures', () => {
    const est = seatReview(events, 'est', false);
    const types = new Set(est.timeline.map((e) => e.type));
    expect([...types].sort()).toEqual(
      [
        'exerciseCreated',
        'exerciseEnded',
        'exerciseStarted',
        'gameClockAdvanced',
        'hotwashAnswered',
        'hotwashAsked',
        'phaseStarted',
        'turnStarted',
      ].sort(),
    );
    expect(seatReview(events, 'lva', false).timeline.some((e) => e.type === 'hotwashAsked')).toBe(false);
    const red = seatReview(events, 'red', false);
    expect(red.series.every((p) => p.cohesion === null)).toBe(true);
    expect(est.series.every((p) => p.cohesion !== null)).toBe(true);
    expect(est.series).toHaveLength(measuresSeries(events).length);
  });
});

describe('comparing runs', () => {
  it('puts latencies, outcomes and final measures side by side', () => {
    const shorter = base.slice(0, 200);
    const comparison = compareRuns([base, shorter]);
    expect(comparison.runs).toHaveLength(2);
    expect(comparison.items.map((i) => i.id)).toContain('deploy-vjtf');
    expect(comparison.runs[0]!.latencies['deploy-vjtf']).toBe(70.88);
    expect(comparison.runs[0]!.turnsPlayed).toBeGreaterThan(comparison.runs[1]!.turnsPlayed);
    expect(summariseRun(base).final).toEqual(measuresSeries(base).at(-1));
    const other = [
      {
        ...(base[0] as Extract<GameEvent, { type: 'exerciseCreated' }>),
        scenario: { ...replay(base).scenario, id: 'other' },
      },
    ];
    expect(() => compareRuns([base, other])).toThrow(/one scenario/);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('the series from replayed states', () => {
  it('equals the series replayed from the log', async () => {
    const { statesOf } = await import('./timeline');
    const { measuresSeriesFrom } = await import('./seriesFrom');
    expect(measuresSeriesFrom(events, statesOf(events))).toEqual(measuresSeries(events));
  });
});

describe('the adjudications table', () => {
  it('has every explained roll and every override with its rationale', async () => {
    const { adjudicationsSheet } = await import('./tables');
    const override = {
      type: 'resultOverridden',
      target: { kind: 'measure', measure: 'cohesion', value: 55 },
      previous: 61,
      rationale: 'The cell judged the split too deep.',
      turn: 4,
      gameTime: '2027-03-03T06:00:00.000Z',
      at: AT,
    } as unknown as GameEvent;
    const table = adjudicationsSheet([...base, override]);
    const says = (e: GameEvent, key: string) => {
      const value = (e as unknown as Record<string, unknown>)[key];
      // A ladder move's reason is the scenario's, in both languages.
      return (typeof value === 'string' && value.length > 0) || (key === 'reason' && isLocalisedText(value));
    };
    const explained = base.filter((e) => says(e, 'explanation') || says(e, 'rationale') || says(e, 'reason'));
    expect(explained.some((e) => e.type === 'combatResolved')).toBe(true);
    expect(table.rows.length).toBe(explained.length + 1);
    expect(table.rows.at(-1)).toEqual([
      base.length,
      'resultOverridden',
      '2027-03-03T06:00:00.000Z',
      AT,
      'cohesion: 61 → 55',
      'The cell judged the split too deep.',
      'Control',
    ]);
  });
});
