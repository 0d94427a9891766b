// The measure charts as data and geometry: the Review tab draws them with React, the printable
// report as inline SVG. No chart library: a line per series over the turns, with titled axes.
import type { Locale } from '../model/vocabulary';
import { CHART_WORDS, type ChartSeriesId } from './chartWords';
import type { MeasurePoint } from './measures';

/** A measure point as a viewer saw it: a measure the viewer could not see is null. */
export type ViewedMeasurePoint = {
  readonly [K in keyof MeasurePoint]: K extends 'seq' | 'turn' | 'gameTime' | 'publicSupport'
    ? MeasurePoint[K]
    : MeasurePoint[K] | null;
};

export const MEASURE_CHARTS = [
  'cohesion',
  'deterrenceCredibility',
  'escalationRung',
  'publicSupport',
  'groundHeld',
  'agreementProgress',
  'worldMeters',
] as const;
export type MeasureChartId = (typeof MEASURE_CHARTS)[number];

export interface ChartSeries {
  /** The series' name (`review.series.<id>`); a nation's line has none and is labelled by its name. */
  readonly id?: ChartSeriesId;
  readonly label: string;
  readonly values: readonly (number | null)[];
}

export interface Chart {
  readonly id: MeasureChartId;
  readonly title: string;
  /** What the vertical axis counts. */
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  /** One label per point: "T0", "T1", … */
  readonly xLabels: readonly string[];
  readonly series: readonly ChartSeries[];
}

const RANGES: Record<MeasureChartId, { min: number; max: number }> = {
  cohesion: { min: 0, max: 100 },
  deterrenceCredibility: { min: 0, max: 100 },
  escalationRung: { min: 0, max: 44 },
  publicSupport: { min: 0, max: 100 },
  groundHeld: { min: 0, max: 100 },
  agreementProgress: { min: 0, max: 100 },
  worldMeters: { min: 0, max: 100 },
};

const pct = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 10);

/**
 * The charts that have something to show, titled in the reader's language: a chart whose every
 * value is unknown is left out.
 */
export function measureCharts(series: readonly ViewedMeasurePoint[], locale: Locale = 'en'): Chart[] {
  const w = CHART_WORDS[locale];
  const xLabels = series.map((p) => `T${p.turn}`);
  const nations = [...new Set(series.flatMap((p) => Object.keys(p.publicSupport)))].sort();
  const line = (id: ChartSeriesId, values: readonly (number | null)[]): ChartSeries => ({
    id,
    label: w.series[id],
    values,
  });
  const lines: Record<MeasureChartId, ChartSeries[]> = {
    cohesion: [
      line(
        'council',
        series.map((p) => p.cohesion),
      ),
      line(
        'theatre',
        series.map((p) => p.theatreCohesion),
      ),
    ],
    deterrenceCredibility: [
      line(
        'council',
        series.map((p) => p.deterrenceCredibility),
      ),
      line(
        'theatre',
        series.map((p) => p.theatreDeterrenceCredibility),
      ),
    ],
    escalationRung: [
      line(
        'rung',
        series.map((p) => p.escalationRung),
      ),
    ],
    publicSupport: nations.map((n) => ({ label: n, values: series.map((p) => p.publicSupport[n] ?? null) })),
    groundHeld: [
      line(
        'held',
        series.map((p) => pct(p.groundHeld)),
      ),
    ],
    agreementProgress: [
      line(
        'progress',
        series.map((p) => pct(p.agreementProgress)),
      ),
    ],
    worldMeters: [
      line(
        'leverage',
        series.map((p) => pct(p.leverage)),
      ),
      line(
        'twoTier',
        series.map((p) => pct(p.twoTier)),
      ),
    ],
  };
  return MEASURE_CHARTS.flatMap((id) => {
    const shown = lines[id].filter((s) => s.values.some((v) => v !== null));
    return shown.length === 0
      ? []
      : [{ id, title: w.title[id], unit: w.unit[id], ...RANGES[id], xLabels, series: shown }];
  });
}

export interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  readonly plot: {
    readonly left: number;
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
  };
  readonly lines: readonly {
    readonly id?: ChartSeriesId;
    readonly label: string;
    /** SVG path data; a gap where a value is unknown. */
    readonly path: string;
    readonly points: readonly { readonly x: number; readonly y: number; readonly value: number }[];
  }[];
  readonly yTicks: readonly { readonly y: number; readonly label: string }[];
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function chartGeometry(chart: Chart, width = 480, height = 200): ChartGeometry {
  const plot = { left: 40, top: 12, right: width - 12, bottom: height - 28 };
  const n = chart.xLabels.length;
  const x = (i: number) =>
    r1(n <= 1 ? (plot.left + plot.right) / 2 : plot.left + ((plot.right - plot.left) * i) / (n - 1));
  const y = (v: number) => {
    const clamped = Math.min(chart.max, Math.max(chart.min, v));
    return r1(plot.bottom - ((plot.bottom - plot.top) * (clamped - chart.min)) / (chart.max - chart.min));
  };
  const lines = chart.series.map((s) => {
    let path = '';
    let pen = false;
    const points: { x: number; y: number; value: number }[] = [];
    s.values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      points.push({ x: x(i), y: y(v), value: v });
      path += `${pen ? 'L' : 'M'}${x(i)},${y(v)}`;
      pen = true;
    });
    return { ...(s.id ? { id: s.id } : {}), label: s.label, path, points };
  });
  const step = (chart.max - chart.min) / 4;
  const yTicks = [0, 1, 2, 3, 4].map((k) => ({
    y: y(chart.min + step * k),
    label: String(r1(chart.min + step * k)),
  }));
  const every = Math.max(1, Math.ceil(n / 12));
  const xTicks = chart.xLabels.flatMap((label, i) =>
    i % every === 0 || i === n - 1 ? [{ x: x(i), label }] : [],
  );
  return { width, height, plot, lines, yTicks, xTicks };
}

/** Line colours, distinguishable in grey print too (each series also gets its own dash). */
export const CHART_COLOURS = [
  '#1f4e79',
  '#c55a11',
  '#548235',
  '#7030a0',
  '#bf9000',
  '#2e75b6',
  '#a50021',
  '#595959',
];
export const CHART_DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 4', '1 2', '10 4', '3 6'];

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The chart as a standalone, accessible SVG element (title and description for screen readers). */
export function chartSvg(chart: Chart, locale: Locale = 'en'): string {
  const g = chartGeometry(chart);
  const id = `chart-${chart.id}`;
  const w = CHART_WORDS[locale];
  const last = (s: Chart['series'][number]) => [...s.values].reverse().find((v) => v !== null) ?? null;
  const number = (v: number) => (locale === 'en' ? String(v) : v.toLocaleString(locale));
  const desc = chart.series
    .map((s) => {
      const v = last(s);
      return w.atEnd.replace('{series}', s.label).replace('{value}', v === null ? w.unknown : number(v));
    })
    .join('; ');
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${g.width} ${g.height}" width="${g.width}" height="${g.height}" aria-labelledby="${id}-t ${id}-d">`,
    `<title id="${id}-t">${esc(chart.title)} (${esc(chart.unit)})</title>`,
    `<desc id="${id}-d">${esc(desc)}</desc>`,
    `<rect x="${g.plot.left}" y="${g.plot.top}" width="${g.plot.right - g.plot.left}" height="${g.plot.bottom - g.plot.top}" fill="none" stroke="#bbb"/>`,
    ...g.yTicks.map(
      (t) =>
        `<line x1="${g.plot.left}" x2="${g.plot.right}" y1="${t.y}" y2="${t.y}" stroke="#eee"/><text x="${g.plot.left - 4}" y="${t.y + 4}" text-anchor="end" font-size="10">${esc(t.label)}</text>`,
    ),
    ...g.xTicks.map(
      (t) =>
        `<text x="${t.x}" y="${g.plot.bottom + 14}" text-anchor="middle" font-size="10">${esc(t.label)}</text>`,
    ),
    ...g.lines.map(
      (l, i) =>
        `<path d="${l.path}" fill="none" stroke="${CHART_COLOURS[i % CHART_COLOURS.length]}" stroke-width="2" stroke-dasharray="${CHART_DASHES[i % CHART_DASHES.length]}"><title>${esc(l.label)}</title></path>`,
    ),
    ...g.lines.map(
      (l, i) =>
        `<line x1="${g.plot.left + 6 + i * 70}" x2="${g.plot.left + 22 + i * 70}" y1="${g.height - 5}" y2="${g.height - 5}" stroke="${CHART_COLOURS[i % CHART_COLOURS.length]}" stroke-width="2" stroke-dasharray="${CHART_DASHES[i % CHART_DASHES.length]}"/><text x="${g.plot.left + 25 + i * 70}" y="${g.height - 2}" font-size="10" fill="#111">${esc(l.label)}</text>`,
    ),
    '</svg>',
  ];
  return parts.join('');
}
