// Analysis mode: plays a scenario's forces under many seeds with NATO passive and Red scripted.
// Usage: npm run analyze -- --scenario baltic-tripwire --variant 2016 --seeds 1000 [--days 28] [--json]
// The scenario is read as the server reads it: scenarios/<id>.json through parseScenario.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse, checkVariant, parseScenario, variantsOf } from '../shared/src/index';

function args(argv: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) out[a.slice(2)] = true;
    else out[a.slice(2)] = argv[++i]!;
  }
  return out;
}

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(2);
}

const opts = args(process.argv.slice(2));
const scenarioId = typeof opts.scenario === 'string' ? opts.scenario : 'baltic-tripwire';
const seeds = Number(opts.seeds ?? 1000);
const days = Number(opts.days ?? 28);
if (!/^[a-z0-9-]+$/.test(scenarioId)) fail(`bad scenario id "${scenarioId}"`);
if (!Number.isInteger(seeds) || seeds < 1) fail('--seeds must be a positive integer');
if (!(days > 0)) fail('--days must be positive');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, 'scenarios', `${scenarioId}.json`);
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
const parsed = parseScenario(raw);
if (!parsed.ok)
  fail(`${file} is invalid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
const forces = parsed.scenario.forces;
if (!forces) fail(`${scenarioId} has no forces section`);
const variant = typeof opts.variant === 'string' ? opts.variant : variantsOf(parsed.scenario)[0]!.id;
const refused = checkVariant(parsed.scenario, variant);
if (refused) fail(refused.message);

const started = performance.now();
const summary = analyse(forces, variant, seeds, { days });
const elapsed = performance.now() - started;
const result = {
  ...summary,
  days,
  incursionHour: forces.redPlan.incursionHour,
  measuredFrom: 'the incursion (RAND RR-1253 counts from the start of hostilities)',
  natoPassive: true,
};

if (opts.json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.stderr.write(
    `${seeds} runs in ${Math.round(elapsed)} ms (${(elapsed / seeds).toFixed(1)} ms a run)\n`,
  );
} else {
  const h = summary.redArrivalHours;
  const fmt = (n: number | null) => (n === null ? 'never' : `${n} h`);
  process.stdout.write(
    [
      `${forces.id}, variant ${variant}, ${seeds} seeds, NATO passive, ${days} days from the incursion`,
      `Red reaches Tallinn or Riga: p10 ${fmt(h.p10)}, p50 ${fmt(h.p50)}, p90 ${fmt(h.p90)} (never in ${Math.round(summary.redNeverArrived * 100)} %)`,
      `A capital falls within ${days} days in ${Math.round(summary.capitalsFallenWithin28Days * 100)} % of runs: ` +
        Object.entries(summary.capitalFallen)
          .map(([c, f]) => `${c} ${Math.round(f * 100)} %`)
          .join(', '),
      `Ground held at the end (mean): ${Math.round(summary.groundHeldMean * 100)} %`,
      `${Math.round(elapsed)} ms (${(elapsed / seeds).toFixed(1)} ms a run)`,
      '',
    ].join('\n'),
  );
}
