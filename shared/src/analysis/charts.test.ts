// The chart data both the browser and the printable report draw, and which findings depend on which assumptions.
import { describe, expect, it } from 'vitest';
import { defaultAssumptions, type AssumptionValues } from './assumptions';
import { curveChart, curveChartSvg, labelLines, tornadoChart, tornadoChartSvg } from './charts';
import type { CurvePoint } from './curve';
import { dependencies, dependencyText, sensitivities, tornadoToShow } from './findings';
import { balticScenario } from './fixtures';
import { assumptionValueText } from './valueWords';
import { delayCostReportHtml } from './report';
import type { Assumption } from './schema';
import type { Sensitivity } from './sensitivity';

const point = (x: number, riga: number, tallinn: number, ground = 0.5): CurvePoint => ({
  x,
  runs: 10,
  held: { riga: { d7: riga, d14: riga, d28: riga }, tallinn: { d7: tallinn, d14: tallinn, d28: tallinn } },
  groundHeld: ground,
  arrival: {},
  losses: { nato: 0, red: 0 },
});
const POINTS = [point(0, 1, 0.8), point(24, 0.5, 0.4), point(48, 0, 0)];

describe('the curve as chart data', () => {
  const chart = curveChart(
    POINTS,
    [
      { outcome: 'riga-held-d14', label: 'Riga' },
      { outcome: 'tallinn-held-d14', label: 'Tallinn' },
    ],
    {
      title: 'Held <at> day 14',
      xLabel: 'hour',
      marks: [
        { id: 'council', label: 'This Council', hour: 30, kind: 'council' },
        { id: 'libya', label: 'Libya', hour: 336, kind: 'clock' },
      ],
    },
    { width: 400, height: 200 },
  );

  it('maps the first and last hour to the plot’s edges and a share to its height', () => {
    const { plot } = chart;
    expect(chart.series[0]!.points).toBe(
      `${plot.left},${plot.top} ${(plot.left + plot.right) / 2},${(plot.top + plot.bottom) / 2} ${plot.right},${plot.bottom}`,
    );
    expect(chart.series[1]!.values).toEqual([
      [0, 0.8],
      [24, 0.4],
      [48, 0],
    ]);
    expect(chart.series.map((s) => s.colour)).toHaveLength(2);
    expect(new Set(chart.series.map((s) => s.colour)).size).toBe(2);
    // The first line is the wider, so it still shows where the two coincide.
    expect(chart.series.map((s) => s.strokeWidth)).toEqual([4, 2]);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0 %', '25 %', '50 %', '75 %', '100 %']);
    expect(chart.xTicks.map((t) => t.label)).toEqual(['0', '6', '12', '18', '24', '30', '36', '42', '48']);
  });

  it('marks the Council’s hour and only the clocks within the curve', () => {
    expect(chart.marks.map((m) => m.id)).toEqual(['council']);
    expect(chart.marks[0]!.at).toBeCloseTo(
      chart.plot.left + (30 / 48) * (chart.plot.right - chart.plot.left),
      0,
    );
  });

  it('writes each mark’s name along it, so a printed chart says which line is which', () => {
    const long = curveChart(
      POINTS,
      [{ outcome: 'riga-held-d14', label: 'Riga' }],
      {
        title: 't',
        xLabel: 'hour',
        marks: [
          { id: 'council', label: 'This Council', hour: 30, kind: 'council' },
          {
            id: 'libya',
            label: 'Measure agreed: Libya 2011 (14 days to NATO command)',
            hour: 40,
            kind: 'clock',
          },
        ],
      },
      { width: 400, height: 200 },
    );
    expect(long.marks.map((m) => m.text)).toEqual([
      'This Council',
      'Measure agreed: Libya 2011 (14 days to…',
    ]);
    const svg = curveChartSvg(long);
    const at = long.marks[0]!.at - 3;
    expect(svg).toContain(
      `<text x="${at}" y="${long.plot.bottom - 4}" transform="rotate(-90 ${at} ${long.plot.bottom - 4})" font-size="9" fill="#000">This Council</text>`,
    );
    expect(svg).toContain('>Measure agreed: Libya 2011 (14 days to…</text>');
  });

  it('writes a standalone SVG with every series and escaped text', () => {
    const svg = curveChartSvg(chart);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg).toContain('<title>Held &lt;at&gt; day 14</title>');
    expect(svg).not.toContain('<at>');
  });
});

const TORNADO: Sensitivity = {
  outcome: 'riga-held-d14',
  baseline: 0.5,
  bars: [
    {
      key: 'red-competence',
      low: { value: 1.2, outcome: 0.2 },
      high: { value: 0.5, outcome: 0.9 },
      span: 0.7,
    },
    {
      key: 'reinforcement-speed',
      low: { value: 0.5, outcome: 0.45 },
      high: { value: 2, outcome: 0.55 },
      span: 0.1,
    },
  ],
  interaction: null,
};

describe('the tornado as chart data', () => {
  const chart = tornadoChart(TORNADO, { title: 'Sensitivity', labelOf: (k) => k.toUpperCase() }, 640);
  const scale = (v: number) => chart.labelWidth + v * (640 - 16 - chart.labelWidth);

  it('draws each bar from its worse to its better outcome, widest on top, with the baseline', () => {
    expect(chart.bars.map((b) => b.label)).toEqual(['RED-COMPETENCE', 'REINFORCEMENT-SPEED']);
    expect(chart.bars[0]!.from).toBeCloseTo(scale(0.2), 0);
    expect(chart.bars[0]!.to).toBeCloseTo(scale(0.9), 0);
    expect(chart.bars[1]!.y).toBeGreaterThan(chart.bars[0]!.y);
    expect(chart.baselineAt).toBeCloseTo(scale(0.5), 0);
    expect(chart.bars[0]!.low).toEqual({ value: '1.2', text: '1.2', outcome: 0.2 });
    expect(tornadoChartSvg(chart).match(/<rect x=/g)).toHaveLength(2);
  });

  it('breaks a long assumption name over two lines that fit left of the bars', () => {
    expect(labelLines('US participation')).toEqual(['US participation']);
    expect(labelLines('Délai de décision du Conseil (mesure militaire adoptée)')).toEqual([
      'Délai de décision du Conseil',
      '(mesure militaire adoptée)',
    ]);
    const cut = labelLines(`${'word '.repeat(20)}end`);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
    for (const line of cut) expect(line.length).toBeLessThanOrEqual(34);
    const chart = tornadoChart(TORNADO, {
      title: 't',
      labelOf: () => 'Délai de décision du Conseil (mesure militaire adoptée)',
    });
    const svg = tornadoChartSvg(chart);
    expect(svg).toContain('>Délai de décision du Conseil</text>');
    expect(svg).toContain('>(mesure militaire adoptée)</text>');
    const [a, b] = chart.bars[0]!.lines;
    expect(b!.y - a!.y).toBe(11);
    expect(a!.y).toBeGreaterThan(chart.bars[0]!.y);
  });

  it('draws the headline finding’s tornado unless no assumption moves it, then the one they move most', () => {
    const flat: Sensitivity = {
      ...TORNADO,
      outcome: 'tallinn-held-d14',
      bars: TORNADO.bars.map((b) => ({ ...b, low: b.high, span: 0 })),
    };
    const ground: Sensitivity = { ...TORNADO, outcome: 'ground-held' };
    expect(tornadoToShow([flat, ground])?.outcome).toBe('ground-held');
    expect(tornadoToShow([ground, flat])?.outcome).toBe('ground-held');
    expect(tornadoToShow([flat])?.outcome).toBe('tallinn-held-d14');
    expect(tornadoToShow([])).toBeUndefined();
  });

  it('writes each end’s value by it, so a printed tornado says which value gives which outcome', () => {
    const chart = tornadoChart(TORNADO, { title: 't' });
    const bar = chart.bars[0]!;
    // Red's competence at 1.2 gives the worse outcome (left), at 0.5 the better (right).
    expect(bar.ends).toEqual([
      { text: '1.2', x: bar.from - 3, y: bar.y + bar.height / 2 + 3, anchor: 'end', inside: false },
      { text: '0.5', x: bar.to + 3, y: bar.y + bar.height / 2 + 3, anchor: 'start', inside: false },
    ]);
    expect(tornadoChartSvg(chart)).toContain(
      `<text x="${bar.from - 3}" y="${bar.y + bar.height / 2 + 3}" text-anchor="end" font-size="9" fill="#333">1.2</text>`,
    );
    // A bar from 0 % to 100 % has no room outside: its values go inside it, in white.
    const full = tornadoChart(
      {
        ...TORNADO,
        bars: [
          { ...TORNADO.bars[0]!, low: { value: 1.2, outcome: 0 }, high: { value: 0.5, outcome: 1 }, span: 1 },
        ],
      },
      { title: 't' },
    );
    expect(full.bars[0]!.ends.map((e) => [e.text, e.anchor, e.inside])).toEqual([
      ['1.2', 'start', true],
      ['0.5', 'end', true],
    ]);
    // A bar of no span says nothing at its ends.
    const flat = tornadoChart(
      { ...TORNADO, bars: [{ ...TORNADO.bars[0]!, high: TORNADO.bars[0]!.low, span: 0 }] },
      { title: 't' },
    );
    expect(flat.bars[0]!.ends).toEqual([]);
  });

  it('gives a bar of no span a visible pixel', () => {
    const flat = tornadoChart(
      {
        ...TORNADO,
        bars: [
          { ...TORNADO.bars[0]!, low: { value: 1, outcome: 0.3 }, high: { value: 1, outcome: 0.3 }, span: 0 },
        ],
      },
      { title: 't' },
    );
    expect(flat.bars[0]!.to - flat.bars[0]!.from).toBeGreaterThanOrEqual(1);
  });
});

describe('which findings depend on which assumptions', () => {
  const register = balticScenario().assumptions as Assumption[];
  const base = defaultAssumptions(register);
  // Riga hangs on Red's competence; Tallinn moves by exactly the threshold with the reinforcement speed.
  const evaluate = (v: AssumptionValues): CurvePoint =>
    point(
      0,
      0.9 - 0.5 * (Number(v['red-competence']) - 0.5),
      0.5 + (Number(v['reinforcement-speed']) === 2 ? 0.1 : 0),
      0.5,
    );

  it('reads every finding’s tornado from one evaluation per set of values', () => {
    let calls = 0;
    const tornadoes = sensitivities(
      register,
      base,
      ['riga-held-d14', 'tallinn-held-d14', 'ground-held'],
      (v) => {
        calls++;
        return evaluate(v);
      },
    );
    const distinct = new Set<string>();
    for (const a of register)
      for (const value of a.kind === 'number' ? [a.min, a.max] : a.choices.map((c) => c.id))
        distinct.add(JSON.stringify({ ...base, [a.key]: value }));
    distinct.add(JSON.stringify(base));
    expect(calls).toBeLessThanOrEqual(distinct.size + 4);
    expect(tornadoes.map((t) => t.outcome)).toEqual(['riga-held-d14', 'tallinn-held-d14', 'ground-held']);

    const deps = dependencies(tornadoes, 0.1);
    expect(deps[0]!.dependsOn.map((d) => d.key)).toEqual(['red-competence']);
    expect(deps[0]!.dependsOn[0]!.span).toBeCloseTo(0.35, 3);
    // A change of exactly the threshold is not more than it.
    expect(deps[1]!.dependsOn).toEqual([]);
    expect(dependencies(tornadoes, 0.05)[1]!.dependsOn.map((d) => d.key)).toEqual(['reinforcement-speed']);
    expect(dependencyText(deps, 0.1)).toEqual([
      'riga-held-d14 (65 %) depends on red-competence (moves it by 35 %).',
      'tallinn-held-d14 (50 %) depends on no assumption by more than 10 %.',
      'ground-held (50 %) depends on no assumption by more than 10 %.',
    ]);
  });

  it('is stated in the printable analysis with both charts and the assumptions in force', () => {
    const tornadoes = sensitivities(register, base, ['riga-held-d14', 'ground-held'], evaluate);
    const html = delayCostReportHtml(
      {
        decisionHour: 24,
        adopted: [],
        points: POINTS,
        runs: 10,
        curve: null as never,
        headline: { outcome: 'riga-held-d14', earlierHour: 0, earlier: 1, actual: 0.5 },
        sensitivity: {
          seeds: 2,
          fromHour: 0,
          decisionHour: 24,
          threshold: 0.1,
          tornadoes,
          dependencies: dependencies(tornadoes),
          settled: [],
        },
      },
      {
        title: 'ABC234',
        generatedAt: '2026-12-07T00:00:00Z',
        assumptions: [{ key: 'red-competence', value: 0.8, default: 1, source: ['rand-rra2031'] }],
        clocks: [],
      },
    );
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('Riga held at day 14 (65 %) depends on red-competence (moves it by 35 %).');
    expect(html).toContain('moves the finding by more than 10 % of runs');
    // A value Control changed from its default is in bold.
    expect(html).toContain(
      '<th scope="row">red-competence</th><td>red-competence</td><td class="num"><strong>0.8</strong></td>',
    );
  });

  it('is written in the language asked for, assumptions under their names in it', () => {
    const tornadoes = sensitivities(register, base, ['riga-held-d14'], evaluate);
    const html = delayCostReportHtml(
      {
        decisionHour: 24,
        adopted: [],
        points: POINTS,
        runs: 10,
        curve: null as never,
        headline: null,
        sensitivity: {
          seeds: 2,
          fromHour: 0,
          decisionHour: 24,
          threshold: 0.1,
          tornadoes,
          dependencies: dependencies(tornadoes),
          settled: [],
        },
      },
      {
        title: 'ABC234',
        generatedAt: '2026-12-07T00:00:00Z',
        locale: 'fr',
        register,
        assumptions: [{ key: 'red-competence', value: 1, default: 1, source: ['rand-rra2031'] }],
        clocks: [],
      },
    );
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain(
      '« Riga tenue au jour 14 » (65 %) dépend de Compétence tactique rouge (le déplace de 35 %).',
    );
    expect(html).toContain(
      '<th scope="row">Compétence tactique rouge</th><td>red-competence</td><td class="num">1 ×</td>',
    );
    expect(html).toContain('<text x="194" y="24" text-anchor="end">Compétence tactique rouge</text>');
    // Values are worded as the register words them, never as raw ids: a choice by its label, a
    // number the French way with its unit (days in French are « j »).
    expect(html).toContain('<text x="430.2" y="24" text-anchor="end" font-size="9" fill="#333">1,2 ×</text>');
    expect(html).toContain(
      '<title>Objectif rouge: Les capitales baltes → 65 %, Les capitales baltes → 65 %</title>',
    );
    expect(html).toContain('<title>Délai du consentement américain: 0 j → 65 %, 0 j → 65 %</title>');
    expect(html).not.toMatch(/>(capitals|suwalki|full|reduced)</);
  });
});

describe('a tornado’s values as the reader reads them', () => {
  const register = balticScenario().assumptions as Assumption[];
  const s: Sensitivity = {
    outcome: 'tallinn-held-d14',
    baseline: 0.5,
    bars: [
      {
        key: 'red-objective',
        low: { value: 'capitals', outcome: 0.3 },
        high: { value: 'suwalki', outcome: 0.7 },
        span: 0.4,
      },
    ],
    interaction: null,
  };

  it('words a choice by its label in the register (cut to fit at the bar’s end), never by its id', () => {
    const chart = tornadoChart(s, {
      title: 't',
      wordValue: (key, v) => assumptionValueText(register, key, v, 'en'),
    });
    const bar = chart.bars[0]!;
    expect(bar.low).toEqual({ value: 'capitals', text: 'The Baltic capitals', outcome: 0.3 });
    expect(bar.high.text).toBe('A limited grab: the Suwałki corridor');
    expect(bar.summary).toBe(
      'red-objective: The Baltic capitals → 30 %, A limited grab: the Suwałki corridor → 70 %',
    );
    expect(bar.ends.map((e) => e.text)).toEqual(['The Baltic capitals', 'A limited grab: the Suwałki…']);
    expect(tornadoChartSvg(chart)).not.toMatch(/>(capitals|suwalki)</);
  });
});
