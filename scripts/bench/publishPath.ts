// In-process micro-benchmark of one command's path on the Baltic scenario (figures, not assertions):
// decide → evolve → every seat's view (memoised) → diff against what it last received → serialised (JSON as a stand-in for msgpack).
// Usage: npx tsx scripts/bench/publishPath.ts [commands] [mixed|plenary]
// mixed: each seat and Control alternately post in and mark read one channel of their own;
// plenary: the Council's thirteen seats and Control post in the NAC plenary, which all of them read.
import {
  ViewMemo,
  diffView,
  sameBeyondSeq,
  cachedViewFor,
  type Actor,
  type ExerciseView,
  type Presence,
} from '../../shared/src/index';
import { balticScenario, CONTROL as control, startedBaltic } from './balticExercise';

const plenary = process.argv[3] === 'plenary';
const scenario = balticScenario();
const exercise = startedBaltic(scenario);
const { apply } = exercise;
const council = new Set(
  scenario.seats.filter((s) => s.kind === 'ally' || s.kind === 'secretaryGeneral').map((s) => s.id),
);
const seats = plenary ? exercise.seats.filter((id) => council.has(id)) : exercise.seats;
const viewers: Actor[] = [control, ...seats.map((seatId) => ({ seatId, isControl: false }))];
const presence: Presence = { connectedSeats: new Set(seats), controlConnections: 1 };
const memo = new ViewMemo();
let sent: ExerciseView[] = viewers.map((v) => cachedViewFor(exercise.state, v, presence, memo));
// As the server benchmark's clients do: each picks a channel it may post in by its index, and
// alternately posts there and marks the channel read.
const posters = viewers.flatMap((actor, index) => {
  const channels = sent[index]!.channels.channels.filter((c) => c.canPost && c.kind !== 'public');
  const channel = plenary
    ? channels.find((c) => c.id === 'nac')
    : channels[index % Math.max(1, channels.length)];
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
    !plenary && Math.floor(i / posters.length) % 2 === 1 && lastId
      ? { type: 'markRead', channelId: p.channelId, messageId: lastId }
      : { type: 'postMessage', channelId: p.channelId, template: 'freeText', body: `Bench note ${i}.` },
    p.actor,
  );
  times.decide += performance.now() - t;
  t = performance.now();
  const views = viewers.map((v) => cachedViewFor(exercise.state, v, presence, memo));
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
    workload: plenary ? 'plenary' : 'mixed',
    commands: count,
    viewers: viewers.length,
    msPerCommand: per,
    bytesPerCommand: Math.round(bytes / count),
  }),
);
