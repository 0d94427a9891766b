// Prints latency distributions of the historical cases over many seeds: `npx tsx scripts/calibrate.ts [runs]`.
import { HISTORICAL_CASES } from '../src/council/historicalCases';
import { quantiles, simulate } from '../src/council/simulate';

const runs = Number(process.argv[2] ?? 50);
for (const c of HISTORICAL_CASES) {
  const latencies: number[] = [];
  let missed = 0;
  for (let seed = 1; seed <= runs; seed++) {
    const r = simulate(c.scenario, ['decision'], seed);
    if (r.latencyHours === null) missed++;
    else latencies.push(r.latencyHours);
  }
  const q = quantiles(latencies);
  const inBand = latencies.filter((h) => h >= c.band[0] && h <= c.band[1]).length;
  const days = (h: number) => `${(h / 24).toFixed(1)} d`;
  console.log(
    `${c.label.padEnd(22)} historical ${days(c.historicalHours)}  min ${days(q.min)}  median ${days(q.median)}  max ${days(q.max)}  in band ${inBand}/${runs}${missed ? `  not adopted ${missed}` : ''}`,
  );
}
