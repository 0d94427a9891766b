// Benchmarks of the forces rules (printed, not asserted): one turn of adjudication, replaying a
// 5,000-event log, and full 28-day seeded simulations per minute on one core.
// Usage: npx tsx scripts/bench.ts [--json]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  advanceWithState,
  evolveForces,
  ForcesScenarioSchema,
  initialForces,
  NO_AUTHORITY,
  runPassive,
  type ForcesEvent,
  type ForcesState,
} from '../shared/src/forces/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scenario = ForcesScenarioSchema.parse(
  JSON.parse(readFileSync(join(root, 'scenarios', 'baltic-tripwire.forces.json'), 'utf8')),
);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// 1. One 12-hour turn while the fighting is at its height (2016 posture, hours 108–120).
const midWar = advanceWithState(initialForces(scenario, '2016', 1), 108, NO_AUTHORITY).state;
const turnTimes: number[] = [];
let turnEvents = 0;
for (let i = 0; i < 200; i++) {
  const t = performance.now();
  turnEvents = advanceWithState(midWar, 120, NO_AUTHORITY).events.length;
  turnTimes.push(performance.now() - t);
}

// 2. Replay 5,000 events: logs of whole runs, each rebuilt from its initial state by evolve alone.
const logs: { initial: ForcesState; events: ForcesEvent[] }[] = [];
let total = 0;
for (let seed = 1; total < 5000; seed++) {
  const initial = initialForces(scenario, '2016', seed);
  let s = initial;
  const events: ForcesEvent[] = [];
  while (s.hour < scenario.redPlan.incursionHour + 28 * 24 && total + events.length < 5000) {
    const next = advanceWithState(s, s.hour + 12, NO_AUTHORITY);
    const room = 5000 - total - events.length;
    events.push(...next.events.slice(0, room));
    s = next.state;
  }
  logs.push({ initial, events });
  total += events.length;
}
const replayTimes: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  for (const log of logs) {
    let s = log.initial;
    for (const e of log.events) s = evolveForces(s, e);
  }
  replayTimes.push(performance.now() - t);
}

// 3. Full 28-day seeded simulations on one core for about five seconds.
let runs = 0;
const simTimes: number[] = [];
const began = performance.now();
while (performance.now() - began < 5000) {
  const t = performance.now();
  runPassive(scenario, '2016', 1000 + runs);
  simTimes.push(performance.now() - t);
  runs++;
}
const elapsed = performance.now() - began;

const figures = {
  turnAdjudicationMedianMs: Number(median(turnTimes).toFixed(3)),
  turnEvents,
  replayEvents: total,
  replayLogs: logs.length,
  replayMedianMs: Number(median(replayTimes).toFixed(2)),
  simulationMedianMs: Number(median(simTimes).toFixed(2)),
  simulationsPerMinute: Math.round((runs / elapsed) * 60_000),
  node: process.version,
};
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  process.stdout.write(
    [
      `One 12 h turn of adjudication at the height of the fighting: median ${figures.turnAdjudicationMedianMs} ms (${turnEvents} events)`,
      `Replay of ${total} events (${logs.length} logs, evolve only): median ${figures.replayMedianMs} ms`,
      `Full 28-day seeded simulation: median ${figures.simulationMedianMs} ms; ${figures.simulationsPerMinute} a minute on one core`,
      `(${process.version})`,
      '',
    ].join('\n'),
  );
}
