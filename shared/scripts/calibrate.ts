// Prints decision latencies over many seeds, the capital model playing every ally:
//   npx tsx scripts/calibrate.ts [runs]                  the historical cases of facts §2
//   npx tsx scripts/calibrate.ts [runs] <scenario.json>  each catalogue item of a scenario
import { readFileSync } from 'node:fs';
import { HISTORICAL_CASES } from '../src/council/historicalCases';
import { quantiles, simulate } from '../src/council/simulate';
import { parseScenario } from '../src/scenario/load';
import type { Scenario } from '../src/scenario/schema';

const runs = Number(process.argv[2] ?? 50);
const file = process.argv[3];
const days = (h: number) => (Number.isFinite(h) ? `${(h / 24).toFixed(1)} d` : 'never');

function measure(scenario: Scenario, itemId: string) {
  const latencies: number[] = [];
  const blockers = new Map<string, number>();
  for (let seed = 1; seed <= runs; seed++) {
    const r = simulate(scenario, [itemId], seed);
    latencies.push(r.latencyHours ?? Infinity);
    for (const b of r.blockers) blockers.set(b, (blockers.get(b) ?? 0) + 1);
  }
  const q = quantiles(latencies);
  const held = [...blockers].map(([ally, n]) => `${ally} ${n}/${runs}`).join(', ');
  return {
    latencies,
    line: `min ${days(q.min)}  median ${days(q.median)}  max ${days(q.max)}${held ? `  blocked by ${held}` : ''}`,
  };
}

if (file) {
  const parsed = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  for (const item of parsed.scenario.catalogue)
    console.log(`${item.id.padEnd(24)} ${measure(parsed.scenario, item.id).line}`);
} else {
  for (const c of HISTORICAL_CASES) {
    const { latencies, line } = measure(c.scenario, 'decision');
    const inBand = latencies.filter((h) => h >= c.band[0] && h <= c.band[1]).length;
    console.log(
      `${c.label.padEnd(22)} history ${days(c.historicalHours)}  ${line}  in band ${inBand}/${runs}`,
    );
  }
}
