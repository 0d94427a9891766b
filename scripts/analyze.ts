// Analysis mode: the cost-of-delay curve of a response plan, its sensitivity to the assumptions, or the
// NATO-passive calibration run. Every argument is checked first; a bad one exits 2 with nothing written.
//   npm run analyze -- --scenario baltic-tripwire --variant 2016 --plan vjtf-only \
//     --sweep decision-hour=0:720:12 --seeds 1000 [--assume key=value …] [--workers N] [--json | --csv]
//   npm run analyze -- --plan graduated-response --sensitivity [--outcome riga-held-d14] --seeds 200
//   npm run analyze -- --variant 2016 --seeds 1000 [--days 28] [--json]     (NATO passive)
import {
  analyse,
  analysisOf,
  curveCsv,
  curveResult,
  curvePoint,
  outcomeValue,
  runSeeds,
  sensitivity,
  statedAssumptions,
} from '../shared/src/index';
import { parseAnalyzeArgs, type AnalyzeOptions } from './lib/analyzeArgs';
import { sweepOutcomes } from './lib/analyzePool';
import { curveText, sensitivityText } from './lib/analyzeText';
import { readScenario } from './lib/scenarioFile';

const parsed = parseAnalyzeArgs(process.argv.slice(2), readScenario);
if (!parsed.ok) {
  process.stderr.write(`analyze: ${parsed.message}\n`);
  process.exit(2);
}
const o = parsed.options;
const started = performance.now();
const timing = (runs: number) => {
  const ms = performance.now() - started;
  process.stderr.write(`${runs} runs in ${Math.round(ms)} ms (${(ms / runs).toFixed(1)} ms a run)\n`);
};

async function sweep(opts: AnalyzeOptions, hours: readonly number[]): Promise<void> {
  const byHour = await sweepOutcomes(opts, hours);
  const result = curveResult(
    opts.scenario,
    { variant: opts.variant, plan: opts.plan!, seeds: opts.seeds, days: opts.days, values: opts.assumptions },
    hours,
    byHour,
    opts.outcome ?? undefined,
  );
  const label = opts.scenario.responsePlans!.plans.find((p) => p.id === opts.plan)!.label.en;
  if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else if (opts.csv) process.stdout.write(curveCsv(result));
  else process.stdout.write(curveText(result, label));
  timing(opts.seeds * hours.length);
}

function sensitivityRun(opts: AnalyzeOptions): void {
  const outcome = opts.outcome ?? 'ground-held';
  let runs = 0;
  const result = sensitivity(opts.scenario.assumptions ?? [], opts.assumptions, outcome, (values) => {
    const a = analysisOf({
      scenario: opts.scenario,
      variant: opts.variant,
      planId: opts.plan!,
      assumptions: values,
      days: opts.days,
    });
    const point = curvePoint(0, runSeeds(a, Number(values['council-latency-hours']), 1, opts.seeds));
    runs += opts.seeds;
    return outcomeValue(point, outcome) ?? 0;
  });
  const stated = statedAssumptions(opts.scenario, opts.assumptions);
  if (opts.json)
    process.stdout.write(
      `${JSON.stringify({ ...result, plan: opts.plan, variant: opts.variant, seeds: opts.seeds, assumptions: stated })}\n`,
    );
  else process.stdout.write(sensitivityText(result, stated));
  timing(runs);
}

function passive(opts: AnalyzeOptions): void {
  const forces = opts.scenario.forces!;
  const summary = analyse(forces, opts.variant, opts.seeds, { days: opts.days });
  const result = {
    ...summary,
    days: opts.days,
    incursionHour: forces.redPlan.incursionHour,
    measuredFrom: 'the incursion (RAND RR-1253 counts from the start of hostilities)',
    natoPassive: true,
  };
  if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    const h = summary.redArrivalHours;
    const fmt = (n: number | null) => (n === null ? 'never' : `${n} h`);
    process.stdout.write(
      [
        `${forces.id}, variant ${opts.variant}, ${opts.seeds} seeds, NATO passive, ${opts.days} days from the incursion`,
        `Red reaches Tallinn or Riga: p10 ${fmt(h.p10)}, p50 ${fmt(h.p50)}, p90 ${fmt(h.p90)} (never in ${Math.round(summary.redNeverArrived * 100)} %)`,
        `A capital falls within ${opts.days} days in ${Math.round(summary.capitalsFallenWithin28Days * 100)} % of runs: ` +
          Object.entries(summary.capitalFallen)
            .map(([c, f]) => `${c} ${Math.round(f * 100)} %`)
            .join(', '),
        `Ground held at the end (mean): ${Math.round(summary.groundHeldMean * 100)} %`,
        '',
      ].join('\n'),
    );
  }
  timing(opts.seeds);
}

if (o.sensitivity) sensitivityRun(o);
else if (o.plan !== null) await sweep(o, o.hours ?? [Number(o.assumptions['council-latency-hours'])]);
else passive(o);
