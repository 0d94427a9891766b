// The analyze command's human output: the curve as a table, its knee, the clocks, the assumptions, the tornado.
import type { CurveResult, Sensitivity, StatedAssumption } from '../../shared/src/index';

const pct = (n: number) => `${Math.round(n * 100)}`.padStart(3);
const hrs = (n: number | null) => (n === null ? 'never' : `${n}`).padStart(5);

export function assumptionLines(list: readonly StatedAssumption[]): string[] {
  return [
    'Assumptions in force:',
    ...list.map(
      (a) =>
        `  ${a.key} = ${a.value}${a.value === a.default ? ' (default)' : ` (default ${a.default})`} — ${a.source.join(', ')}`,
    ),
  ];
}

export function curveText(r: CurveResult, planLabel: string): string {
  const first = r.points[0];
  const capitals = Object.keys(first?.held ?? {});
  const targets = Object.keys(first?.arrival ?? {});
  const head = [
    'hour',
    ...capitals.map((c) => `${c} held % d7/d14/d28`),
    'ground %',
    ...targets.map((t) => `Red at ${t} h p10/p50/p90`),
    'losses NATO/Red',
  ];
  const rows = r.points.map((p) =>
    [
      `${p.x}`.padStart(4),
      ...capitals.map((c) => `${pct(p.held[c]!.d7)} /${pct(p.held[c]!.d14)} /${pct(p.held[c]!.d28)}`),
      pct(p.groundHeld),
      ...targets.map((t) => `${hrs(p.arrival[t]!.p10)}/${hrs(p.arrival[t]!.p50)}/${hrs(p.arrival[t]!.p90)}`),
      `${p.losses.nato} / ${p.losses.red}`,
    ].join(' | '),
  );
  const knee = r.knee;
  const m = knee ? /^(.+)-held-d(\d+)$/.exec(knee.outcome) : null;
  const kneeLine = !knee
    ? 'Knee: no decision hour does worse than an earlier one.'
    : `Knee: deciding after hour ${knee.afterHour} costs ${m ? `${m[1]} (held at day ${m[2]})` : knee.outcome} in ${Math.round(knee.moreRunsLost * 100)} % more runs (deciding at hour ${knee.nextHour} instead).`;
  return [
    `${r.scenario}, variant ${r.variant}, plan "${planLabel}", ${r.seeds} seeds, ${r.days} days from the incursion (hour ${r.incursionHour})`,
    'Hours are game hours from the start of the crisis; the Council adopts the plan at the hour shown; Red arrival counts from the incursion.',
    '',
    head.join(' | '),
    ...rows,
    '',
    kneeLine,
    '',
    'Historical clocks (facts §2; each marks one clock, not the same one):',
    ...r.clocks.map((c) => `  ${`${c.hours}`.padStart(4)} h  ${c.clock}: ${c.label.en}`),
    '',
    ...assumptionLines(r.assumptions),
    '',
  ].join('\n');
}

export function sensitivityText(s: Sensitivity, stated: readonly StatedAssumption[]): string {
  const width = 40;
  const bar = (from: number, to: number) => {
    const a = Math.round(from * width);
    const b = Math.max(a + 1, Math.round(to * width));
    return `${' '.repeat(a)}${'█'.repeat(b - a)}`.padEnd(width + 1);
  };
  const lines = [
    `Sensitivity of ${s.outcome} (baseline ${pct(s.baseline).trim()} %), each assumption over its range, the others at their values below:`,
    '',
    ...s.bars.map(
      (b) =>
        `${b.key.padEnd(24)} |${bar(b.low.outcome, b.high.outcome)}| ${pct(b.low.outcome)} % at ${b.low.value} → ${pct(b.high.outcome)} % at ${b.high.value} (span ${Math.round(b.span * 100)} pts)`,
    ),
    '',
  ];
  const i = s.interaction;
  if (i) {
    lines.push(
      `Interaction of the two strongest (${i.a} × ${i.b}):`,
      `  ${i.a} low:  ${i.b} low ${pct(i.grid[0][0])} %, high ${pct(i.grid[0][1])} %`,
      `  ${i.a} high: ${i.b} low ${pct(i.grid[1][0])} %, high ${pct(i.grid[1][1])} %`,
      `  ${i.b} matters ${Math.round(Math.abs(i.effect) * 100)} pts ${i.effect >= 0 ? 'more' : 'less'} when ${i.a} is high.`,
      '',
    );
  }
  lines.push(...assumptionLines(stated), '');
  return lines.join('\n');
}
