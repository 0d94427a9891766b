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
// As the server benchmark's clients do: each picks a channel it may post in by its index, and
// alternately posts there and marks the channel read.
const posters = viewers.flatMap((actor, index) => {
  const channels = sent[index]!.channels.channels.filter((c) => c.canPost && c.kind !== 'public');
  const channel = channels[index % Math.max(1, channels.length)];
  return channel ? [{ actor, index, channelId: channel.id }] : [];
});

const count = Number(process.argv[2] ?? 2000);
const times = { decide: 0, views: 0, diff: 0, pack: 0 };
let bytes = 0;
for (let i = 0; i < count; i++) {
  const p = posters[i % posters.length]!;
  let t = performance.now();
  const lastId = sent[p.index]!.channels.channels.find((c) => c.id === p.channelId)?.messages.at(-1)?.id;
  apply(
    Math.floor(i / posters.length) % 2 === 1 && lastId
      ? { type: 'markRead', channelId: p.channelId, messageId: lastId }
      : { type: 'postMessage', channelId: p.channelId, template: 'freeText', body: `Bench note ${i}.` },
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
  sent = views.map((v, j) => (ops[j]!.length > 0 ? v : sent[j]!));
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
