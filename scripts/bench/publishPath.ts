// In-process micro-benchmark of one command's path on the Baltic scenario (figures, not assertions):
// decide → evolve → every seat's view (memoised) → diff against what it last received → serialised (JSON as a stand-in for msgpack).
// Usage: npx tsx scripts/bench/publishPath.ts [commands]
import { readFileSync } from 'node:fs';
import {
  CommandSchema,
  ViewMemo,
  decide,
  diffView,
  evolve,
  initialState,
  parseScenario,
  sameBeyondSeq,
  viewFor,
  type Actor,
  type ExerciseState,
  type ExerciseView,
  type Presence,
} from '../../shared/src/index';

const data = JSON.parse(
  readFileSync(new URL('../../scenarios/baltic-tripwire.json', import.meta.url), 'utf8'),
);
const parsed = parseScenario(data);
if (!parsed.ok) throw new Error('the Baltic scenario does not parse');
let state: ExerciseState = initialState({
  type: 'exerciseCreated',
  exerciseId: 'bench',
  code: 'BENCH1',
  title: 'bench',
  createdAt: '2026-11-24T00:00:00.000Z',
  scenario: parsed.scenario,
  seed: 1,
});
const now = '2026-11-24T00:00:00.000Z';
const apply = (cmd: unknown, actor: Actor) => {
  const decision = decide(state, CommandSchema.parse(cmd), { actor, now, newSeatTokenHash: 'h' });
  if (!decision.ok) throw new Error(decision.error.message);
  for (const e of decision.value) state = evolve(state, e);
};
const control: Actor = { seatId: null, isControl: true };
const seats = parsed.scenario.seats.filter((s) => s.kind !== 'control').map((s) => s.id);
for (const seatId of seats)
  apply({ type: 'claimSeat', seatId, displayName: seatId }, { seatId: null, isControl: false });
apply({ type: 'startExercise' }, control);
const viewers: Actor[] = [control, ...seats.map((seatId) => ({ seatId, isControl: false }))];
const presence: Presence = { connectedSeats: new Set(seats), controlConnections: 1 };
const memo = new ViewMemo();
let sent: ExerciseView[] = viewers.map((v) => viewFor(state, v, presence, memo));
const posters = viewers
  .map((v) => {
    const channel = sent[viewers.indexOf(v)]!.channels.channels.find((c) => c.canPost && c.kind !== 'public');
    return channel ? { actor: v, channelId: channel.id } : null;
  })
  .filter((p) => p !== null);

const count = Number(process.argv[2] ?? 2000);
const times = { decide: 0, views: 0, diff: 0, pack: 0 };
let bytes = 0;
for (let i = 0; i < count; i++) {
  const p = posters[i % posters.length]!;
  let t = performance.now();
  apply(
    { type: 'postMessage', channelId: p.channelId, template: 'freeText', body: `Bench note ${i}.` },
    p.actor,
  );
  times.decide += performance.now() - t;
  t = performance.now();
  const views = viewers.map((v) => viewFor(state, v, presence, memo));
  times.views += performance.now() - t;
  t = performance.now();
  // As the server does: a view that only moved its seq is not diffed (and nothing is sent).
  const ops = views.map((v, j) => (sameBeyondSeq(sent[j]!, v) ? [] : diffView(sent[j]!, v)));
  times.diff += performance.now() - t;
  t = performance.now();
  for (const o of ops) if (o.length > 0) bytes += JSON.stringify({ n: i, ops: o }).length;
  times.pack += performance.now() - t;
  sent = views;
}
const per = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, +(v / count).toFixed(3)]));
console.log(
  JSON.stringify({
    commands: count,
    viewers: viewers.length,
    msPerCommand: per,
    bytesPerCommand: Math.round(bytes / count),
  }),
);
