// Benchmarks (printed, not asserted): one turn of forces adjudication, replaying 5,000 forces events,
// full 28-day seeded simulations per minute on one core, and replaying a 5,000-event exercise log
// through the root engine (Council, clocks and forces together), and loading a long exercise from the
// store (embedded PostgreSQL) with and without a snapshot, and the cost-of-delay sweep (issue 14's
// 29 decision hours × 1,000 seeds, extrapolated from the seeds one core sweeps in about five seconds).
// Usage: npm run bench [-- --json]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  actorFor,
  analysisOf,
  defaultAssumptions,
  sweepDecisionHours,
  advanceWithState,
  decide,
  evolve,
  evolveForces,
  FORCES_EVENT_TYPES,
  initialForces,
  initialState,
  liveStates,
  NO_AUTHORITY,
  parseScenario,
  replay,
  runPassive,
  type ForcesEvent,
  type ForcesState,
  type GameEvent,
} from '../shared/src/index';
import { ExerciseSession } from '../server/src/game/session';
import { ExerciseStore } from '../server/src/store/exercises';
import { openDb } from '../server/src/store/open';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const parsed = parseScenario(
  JSON.parse(readFileSync(join(root, 'scenarios', 'baltic-tripwire.json'), 'utf8')),
);
if (!parsed.ok || !parsed.scenario.forces) throw new Error('baltic-tripwire.json does not load with forces');
const exerciseScenario = parsed.scenario;
const scenario = parsed.scenario.forces;
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

// 4. Replay exercise logs through the root engine: Control plays 32 days of the Baltic scenario in
// 12 h turns (the chair tables every catalogue item; capitals nobody plays decide; Red's plan and the
// battle run), with a new seed per exercise until the logs hold 5,000 events.
function playExercise(seed: number, budget: number): GameEvent[] {
  const created: GameEvent = {
    type: 'exerciseCreated',
    exerciseId: `bench-${seed}`,
    code: 'BENCH2',
    title: 'Benchmark',
    createdAt: '2026-11-23T09:00:00.000Z',
    scenario: exerciseScenario,
    seed,
    variant: '2016',
  };
  const log: GameEvent[] = [created];
  let state = initialState(created);
  let clock = Date.parse('2026-11-23T10:00:00.000Z');
  const ctx = { actor: actorFor(state, 'control'), newSeatTokenHash: '' };
  const act = (command: Parameters<typeof decide>[1]): boolean => {
    clock += 1000;
    const result = decide(state, command, { ...ctx, now: new Date(clock).toISOString() });
    if (!result.ok) return false;
    for (const e of result.value) {
      log.push(e);
      state = evolve(state, e);
    }
    return true;
  };
  act({ type: 'startExercise' });
  while (log.length < budget && state.clock.turn <= 64) {
    if (state.session.phase === 'consultation')
      for (const item of exerciseScenario.catalogue) act({ type: 'tableDraft', itemIds: [item.id] });
    act({ type: 'advancePhase' });
  }
  return log.slice(0, budget);
}
const rootLogs: GameEvent[][] = [];
let rootEvents = 0;
for (let seed = 1; rootEvents < 5000; seed++) {
  const log = playExercise(seed, 5000 - rootEvents);
  rootLogs.push(log);
  rootEvents += log.length;
}
const rootReplayTimes: number[] = [];
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  for (const log of rootLogs) replay(log);
  rootReplayTimes.push(performance.now() - t);
}
const forcesTypes = new Set<string>(FORCES_EVENT_TYPES);
const rootForcesEvents = rootLogs.flat().filter((e) => forcesTypes.has(e.type)).length;

// 5. Loading the longest of those exercises from the store: the whole log replayed, then the
// latest snapshot (taken at a turn start) plus the events after it.
const longLog = rootLogs.reduce((a, b) => (b.length > a.length ? b : a));
const storeDir = mkdtempSync(join(tmpdir(), 'council-bench-'));
const db = await openDb({ dataDir: storeDir });
const store = new ExerciseStore(db);
const benchCreated = longLog[0] as Extract<GameEvent, { type: 'exerciseCreated' }>;
const record = {
  id: benchCreated.exerciseId,
  code: benchCreated.code,
  title: benchCreated.title,
  scenarioId: benchCreated.scenario.id,
  controlKeyHash: 'bench',
  createdAt: benchCreated.createdAt,
};
await store.createWithLog(record, longLog);
const loadTimes = async (): Promise<number[]> => {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    await ExerciseSession.load(store, record);
    times.push(performance.now() - t);
  }
  return times;
};
const loadWithoutSnapshot = await loadTimes();
const states = liveStates(longLog);
// The turn before the last, so the load also replays a whole turn of events after the snapshot.
const lastStart = states[states.length - 1]!.turnStarts.at(-2)!;
await store.snapshots.save(states[lastStart.seq - 1]!, new Date().toISOString());
const loadWithSnapshot = await loadTimes();
await db.close();
rmSync(storeDir, { recursive: true, force: true });

// 6. The cost-of-delay sweep: every decision hour 0, 24, …, 672 (29 points) for one seed after
// another on this one core, for about five seconds; the time per seed gives 29 × 1,000 seeds.
const plan = exerciseScenario.responsePlans!.plans[0]!;
const analysis = analysisOf({
  scenario: exerciseScenario,
  variant: '2016',
  planId: plan.id,
  assumptions: defaultAssumptions(exerciseScenario.assumptions ?? []),
});
const sweepHours = Array.from({ length: 29 }, (_, i) => i * 24);
const seedTimes: number[] = [];
const sweepBegan = performance.now();
const sweepCpu = process.cpuUsage();
for (let seed = 1; performance.now() - sweepBegan < 5000; seed++) {
  const t = performance.now();
  sweepDecisionHours(analysis, sweepHours, seed);
  seedTimes.push(performance.now() - t);
}
// The same seeds in CPU time of this process, which other work on a shared machine inflates less.
const sweepCpuUsed = process.cpuUsage(sweepCpu);
const sweepCpuSeedMs = (sweepCpuUsed.user + sweepCpuUsed.system) / 1000 / seedTimes.length;

const figures = {
  turnAdjudicationMedianMs: Number(median(turnTimes).toFixed(3)),
  turnEvents,
  replayEvents: total,
  replayLogs: logs.length,
  replayMedianMs: Number(median(replayTimes).toFixed(2)),
  simulationMedianMs: Number(median(simTimes).toFixed(2)),
  simulationsPerMinute: Math.round((runs / elapsed) * 60_000),
  rootReplayEvents: rootEvents,
  rootReplayLogs: rootLogs.length,
  rootReplayForcesEvents: rootForcesEvents,
  rootReplayMedianMs: Number(median(rootReplayTimes).toFixed(2)),
  loadEvents: longLog.length,
  loadTailEvents: longLog.length - lastStart.seq,
  loadWithoutSnapshotMedianMs: Number(median(loadWithoutSnapshot).toFixed(2)),
  loadWithSnapshotMedianMs: Number(median(loadWithSnapshot).toFixed(2)),
  sweepPlan: plan.id,
  sweepPoints: sweepHours.length,
  sweepSeedMedianMs: Number(median(seedTimes).toFixed(1)),
  sweep1000SeedsSeconds: Number(((median(seedTimes) * 1000) / 1000).toFixed(1)),
  sweepSeedCpuMs: Number(sweepCpuSeedMs.toFixed(1)),
  sweep1000SeedsCpuSeconds: Number(((sweepCpuSeedMs * 1000) / 1000).toFixed(1)),
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
      `Replay of ${figures.rootReplayEvents} exercise events through the root engine (${figures.rootReplayLogs} logs, ${figures.rootReplayForcesEvents} of them forces events): median ${figures.rootReplayMedianMs} ms`,
      `Loading a ${figures.loadEvents}-event exercise from the store: median ${figures.loadWithoutSnapshotMedianMs} ms replaying the whole log, ${figures.loadWithSnapshotMedianMs} ms from a snapshot a turn back (+${figures.loadTailEvents} events)`,
      `Cost-of-delay sweep (${figures.sweepPlan}, ${figures.sweepPoints} decision hours): median ${figures.sweepSeedMedianMs} ms a seed, so ${figures.sweep1000SeedsSeconds} s for 1,000 seeds on one core (target ≤ 60 s); ${figures.sweepSeedCpuMs} ms of CPU a seed, ${figures.sweep1000SeedsCpuSeconds} s of CPU for 1,000`,
      `(${process.version})`,
      '',
    ].join('\n'),
  );
}
