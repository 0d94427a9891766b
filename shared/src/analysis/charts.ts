// The cost-of-delay curve and the tornado as chart data (ADR 0027): pixel geometry worked out once,
// here, so the browser's React SVG, the printable report and the exported SVG draw the same chart.
import type { CurvePoint } from './curve';
import { outcomeValue } from './outcomes';
import type { AssumptionValue } from './assumptions';
import type { Sensitivity } from './sensitivity';

export const CURVE_COLOURS = ['#1f5fbf', '#b3261e', '#2e7d32', '#6a1b9a', '#ef6c00'] as const;

export interface Tick {
  /** Pixel position along its axis. */
  readonly at: number;
  readonly label: string;
}

export interface CurveChart {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly xLabel: string;
  /** The plot area in pixels. */
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly series: readonly {
    readonly outcome: string;
    readonly label: string;
    readonly colour: string;
    /** Earlier lines are drawn wider, so lines that coincide (every capital held) still all show. */
    readonly strokeWidth: number;
    /** SVG polyline points, "x,y x,y …". */
    readonly points: string;
    /** The data: swept value and share (0–1). */
    readonly values: readonly (readonly [number, number])[];
  }[];
  /** Vertical marks: the Council's own hour, the historical clocks in range. */
  readonly marks: readonly {
    readonly id: string;
    readonly label: string;
    /** The label written along the mark, cut to fit the plot's height. */
    readonly text: string;
    readonly at: number;
    readonly kind: 'council' | 'clock';
  }[];
}

export interface Mark {
  readonly id: string;
  readonly label: string;
  readonly hour: number;
  readonly kind: 'council' | 'clock';
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const pct = (n: number) => `${Math.round(n * 100)} %`;

/** Characters of a 9 px mark label that fit up the curve's plot. */
const MARK_CHARS = 40;
const cut = (text: string, chars: number) =>
  text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`;

/** Where a mark's label runs: up its line from the plot's foot, just left of it. */
export const markTextAt = (at: number, bottom: number) => ({ x: r1(at - 3), y: bottom - 4 });

/** Ticks at round steps of the swept value; at most about eight. */
function xTickValues(x0: number, x1: number): number[] {
  const span = Math.max(1, x1 - x0);
  const step = [6, 12, 24, 48, 72, 96, 168, 336].find((s) => span / s <= 8) ?? 720;
  const out: number[] = [];
  for (let v = Math.ceil(x0 / step) * step; v <= x1; v += step) out.push(v);
  return out;
}

/** The curve of each outcome (shares held, 0–1) against the swept hour, with marks. */
export function curveChart(
  points: readonly CurvePoint[],
  outcomes: readonly { readonly outcome: string; readonly label: string }[],
  options: { readonly title: string; readonly xLabel: string; readonly marks?: readonly Mark[] },
  size: { readonly width: number; readonly height: number } = { width: 640, height: 280 },
): CurveChart {
  // The legend sits above the plot, clear of a line at 100 %.
  const plot = { left: 44, right: size.width - 16, top: 26, bottom: size.height - 40 };
  const xs = points.map((p) => p.x);
  const x0 = xs.length ? Math.min(...xs) : 0;
  const x1 = xs.length ? Math.max(...xs) : 1;
  const sx = (x: number) => r1(plot.left + ((x - x0) / Math.max(1, x1 - x0)) * (plot.right - plot.left));
  const sy = (y: number) => r1(plot.bottom - y * (plot.bottom - plot.top));
  const series = outcomes.map(({ outcome, label }, i) => {
    const values = points.map((p) => [p.x, outcomeValue(p, outcome) ?? 0] as const);
    return {
      outcome,
      label,
      colour: CURVE_COLOURS[i % CURVE_COLOURS.length]!,
      strokeWidth: 2 + (outcomes.length - 1 - i) * 2,
      points: values.map(([x, y]) => `${sx(x)},${sy(y)}`).join(' '),
      values,
    };
  });
  return {
    ...size,
    title: options.title,
    xLabel: options.xLabel,
    plot,
    xTicks: xTickValues(x0, x1).map((v) => ({ at: sx(v), label: String(v) })),
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ at: sy(v), label: `${v * 100} %` })),
    series,
    marks: (options.marks ?? [])
      .filter((m) => m.hour >= x0 && m.hour <= x1)
      .map((m) => ({
        id: m.id,
        label: m.label,
        text: cut(m.label, MARK_CHARS),
        at: sx(m.hour),
        kind: m.kind,
      })),
  };
}

export interface TornadoChart {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly outcome: string;
  /** Pixel x of the baseline (the outcome with every assumption at its value). */
  readonly baselineAt: number;
  readonly baseline: number;
  readonly xTicks: readonly Tick[];
  readonly labelWidth: number;
  readonly bars: readonly {
    readonly key: string;
    readonly label: string;
    /** The label as it fits left of the bars: one line, or two at word breaks (the second cut short). */
    readonly lines: readonly { readonly text: string; readonly y: number }[];
    readonly y: number;
    readonly height: number;
    /** Pixel x of the worse and the better end. */
    readonly from: number;
    readonly to: number;
    /** Each end's assumption value (as the register holds it), that value worded, and its outcome. */
    readonly low: { readonly value: string; readonly text: string; readonly outcome: number };
    readonly high: { readonly value: string; readonly text: string; readonly outcome: number };
    /** "label: low → 40 %, high → 75 %", for the bar's tooltip. */
    readonly summary: string;
    readonly span: number;
    /** Each end's assumption value written by it (outside the bar, or inside where there is no room). */
    readonly ends: readonly BarEnd[];
  }[];
}

export interface BarEnd {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  readonly inside: boolean;
}

/** Pixels a 9 px value takes, roughly: enough to keep it off the labels and the edge. */
const valueWidth = (text: string) => text.length * 5;

/** The worse end's value left of the bar and the better end's right of it, where they fit. */
function barEnds(
  low: string,
  high: string,
  from: number,
  to: number,
  y: number,
  bounds: { readonly left: number; readonly right: number },
): BarEnd[] {
  if (to - from < 2) return [];
  const roomInside = to - from >= valueWidth(low) + valueWidth(high) + 12;
  // A worded value too long for the room outside is cut to it (its full text is in the bar's title).
  const fit = (text: string, room: number) => {
    const chars = Math.floor(room / 5);
    return text.length <= chars ? text : chars >= MIN_END_CHARS ? cut(text, chars) : null;
  };
  const ends: BarEnd[] = [];
  const left = fit(low, from - 3 - (bounds.left + 2));
  if (left && (left === low || !roomInside))
    ends.push({ text: left, x: r1(from - 3), y, anchor: 'end', inside: false });
  else if (roomInside) ends.push({ text: low, x: r1(from + 3), y, anchor: 'start', inside: true });
  const right = fit(high, bounds.right - (to + 3));
  if (right && (right === high || !roomInside))
    ends.push({ text: right, x: r1(to + 3), y, anchor: 'start', inside: false });
  else if (roomInside) ends.push({ text: high, x: r1(to - 3), y, anchor: 'end', inside: true });
  return ends;
}

/** The fewest characters of a cut value worth writing at a bar's end. */
const MIN_END_CHARS = 8;

/** Characters of a 10 px label that fit in the tornado's label column. */
const LABEL_CHARS = 34;

/** A label in at most two lines of LABEL_CHARS, broken between words; the second ends in "…" if cut. */
export function labelLines(label: string, chars: number = LABEL_CHARS): string[] {
  if (label.length <= chars) return [label];
  const words = label.split(' ');
  let first = '';
  while (words.length && (first ? `${first} ${words[0]}` : words[0]!).length <= chars)
    first = first ? `${first} ${words.shift()}` : words.shift()!;
  if (!first) first = words.shift()!.slice(0, chars);
  const rest = words.join(' ');
  if (!rest) return [first];
  return [first, rest.length <= chars ? rest : `${rest.slice(0, chars - 1).trimEnd()}…`];
}

/** One bar per assumption, widest on top, from its worse to its better outcome (0–1 axis). */
export function tornadoChart(
  s: Sensitivity,
  options: {
    readonly title: string;
    /** An assumption's name in the reader's language (its key otherwise). */
    readonly labelOf?: (key: string) => string;
    /** A value worded for the reader: a choice's label, a number with its unit (as is otherwise). */
    readonly wordValue?: (key: string, value: AssumptionValue) => string;
  },
  width = 640,
): TornadoChart {
  const labelWidth = 200;
  const barHeight = 18;
  const gap = 8;
  const top = 12;
  const left = labelWidth;
  const right = width - 16;
  const height = top + s.bars.length * (barHeight + gap) + 32;
  const sx = (v: number) => r1(left + Math.min(1, Math.max(0, v)) * (right - left));
  return {
    width,
    height,
    title: options.title,
    outcome: s.outcome,
    baseline: s.baseline,
    baselineAt: sx(s.baseline),
    labelWidth,
    xTicks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ at: sx(v), label: `${v * 100} %` })),
    bars: s.bars.map((b, i) => {
      const label = options.labelOf?.(b.key) ?? b.key;
      const y = top + i * (barHeight + gap);
      const lines = labelLines(label);
      const from = sx(b.low.outcome);
      const to = Math.max(sx(b.high.outcome), from + 1);
      const word = (v: AssumptionValue) => options.wordValue?.(b.key, v) ?? String(v);
      const low = { value: String(b.low.value), text: word(b.low.value), outcome: b.low.outcome };
      const high = { value: String(b.high.value), text: word(b.high.value), outcome: b.high.outcome };
      return {
        key: b.key,
        label,
        lines: lines.map((text, j) => ({
          text,
          y: r1(y + barHeight / 2 + 3 + (j - (lines.length - 1) / 2) * 11),
        })),
        y,
        height: barHeight,
        from,
        to,
        low,
        high,
        summary: `${label}: ${low.text} → ${pct(low.outcome)}, ${high.text} → ${pct(high.outcome)}`,
        span: b.span,
        ends: barEnds(low.text, high.text, from, to, y + barHeight / 2 + 3, {
          left: labelWidth,
          right: width,
        }),
      };
    }),
  };
}

const esc = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function markText(m: CurveChart['marks'][number], bottom: number): string {
  const { x, y } = markTextAt(m.at, bottom);
  return `<text x="${x}" y="${y}" transform="rotate(-90 ${x} ${y})" font-size="9" fill="${m.kind === 'council' ? '#000' : '#555'}">${esc(m.text)}</text>`;
}

/** The curve as a standalone SVG document (the export and the printable report). */
export function curveChartSvg(c: CurveChart): string {
  const { plot } = c;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${c.width} ${c.height}" width="${c.width}" height="${c.height}" role="img" font-family="sans-serif" font-size="10"><title>${esc(c.title)}</title>`,
    `<rect width="${c.width}" height="${c.height}" fill="#fff"/>`,
    `<line x1="${plot.left}" y1="${plot.bottom}" x2="${plot.right}" y2="${plot.bottom}" stroke="#000"/>`,
    `<line x1="${plot.left}" y1="${plot.bottom}" x2="${plot.left}" y2="${plot.top}" stroke="#000"/>`,
    ...c.yTicks.map(
      (t) => `<text x="${plot.left - 4}" y="${t.at + 3}" text-anchor="end">${esc(t.label)}</text>`,
    ),
    ...c.xTicks.map(
      (t) => `<text x="${t.at}" y="${plot.bottom + 12}" text-anchor="middle">${esc(t.label)}</text>`,
    ),
    `<text x="${(plot.left + plot.right) / 2}" y="${c.height - 8}" text-anchor="middle">${esc(c.xLabel)}</text>`,
    ...c.marks.map(
      (m) =>
        `<line x1="${m.at}" x2="${m.at}" y1="${plot.bottom}" y2="${plot.top}" stroke="${m.kind === 'council' ? '#000' : '#888'}" stroke-dasharray="${m.kind === 'council' ? '2 2' : '6 3'}"><title>${esc(m.label)}</title></line>` +
        markText(m, plot.bottom),
    ),
    ...c.series.map(
      (s) =>
        `<polyline fill="none" stroke="${s.colour}" stroke-width="${s.strokeWidth}" points="${s.points}"><title>${esc(s.label)}</title></polyline>`,
    ),
    ...c.series.map(
      (s, i) =>
        `<text x="${plot.left + 8 + i * 120}" y="${plot.top - 12}" fill="${s.colour}">■ ${esc(s.label)}</text>`,
    ),
    '</svg>',
  ];
  return parts.join('');
}

/** The tornado as a standalone SVG document. */
export function tornadoChartSvg(c: TornadoChart): string {
  const axisY = c.height - 24;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${c.width} ${c.height}" width="${c.width}" height="${c.height}" role="img" font-family="sans-serif" font-size="10"><title>${esc(c.title)}</title>`,
    `<rect width="${c.width}" height="${c.height}" fill="#fff"/>`,
    ...c.bars.map(
      (b) =>
        b.lines
          .map((l) => `<text x="${c.labelWidth - 6}" y="${l.y}" text-anchor="end">${esc(l.text)}</text>`)
          .join('') +
        `<rect x="${b.from}" y="${b.y}" width="${r1(b.to - b.from)}" height="${b.height}" fill="#1f5fbf"><title>${esc(b.summary)}</title></rect>` +
        b.ends
          .map(
            (e) =>
              `<text x="${e.x}" y="${e.y}" text-anchor="${e.anchor}" font-size="9" fill="${e.inside ? '#fff' : '#333'}">${esc(e.text)}</text>`,
          )
          .join(''),
    ),
    `<line x1="${c.baselineAt}" x2="${c.baselineAt}" y1="4" y2="${axisY}" stroke="#000" stroke-dasharray="3 2"/>`,
    `<line x1="${c.labelWidth}" x2="${c.width - 16}" y1="${axisY}" y2="${axisY}" stroke="#000"/>`,
    ...c.xTicks.map((t) => `<text x="${t.at}" y="${axisY + 12}" text-anchor="middle">${esc(t.label)}</text>`),
    '</svg>',
  ];
  return parts.join('');
}
