// In-process measure of what one Baltic exercise holds (figures, not assertions): its state and the
// memoised views of 20 viewers (4 Control screens, 16 seats) after some posts, heap per room after GC.
// Usage: node --expose-gc --import tsx scripts/bench/roomMemory.ts [rooms] [postsPerRoom]
import { readFileSync } from 'node:fs';
import {
  CommandSchema,
  ViewMemo,
  decide,
  diffView,
  evolve,
  initialState,
  parseScenario,
  viewFor,
  type Actor,
  type ExerciseState,
  type ExerciseView,
  type Presence,
} from '../../shared/src/index';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const text = readFileSync(new URL('../../scenarios/baltic-tripwire.json', import.meta.url), 'utf8');
const now = '2026-11-24T00:00:00.000Z';
const control: Actor = { seatId: null, isControl: true };

const SHARED = process.env.OWN_SCENARIO ? null : parseScenario(JSON.parse(text));

interface Room {
  state: ExerciseState;
  memo: ViewMemo;
  sent: ExerciseView[];
  viewers: Actor[];
}

function newRoom(i: number): Room {
  // Rooms share one copy of the scenario, as a server's do (server/src/game/sharedScenarios.ts).
  const parsed = SHARED ?? parseScenario(JSON.parse(text));
  if (!parsed.ok) throw new Error('the Baltic scenario does not parse');
  let state = initialState({
    type: 'exerciseCreated',
    exerciseId: `bench-${i}`,
    code: `BENCH${i}`,
    title: 'bench',
    createdAt: now,
    scenario: parsed.scenario,
    seed: i,
  });
  const apply = (cmd: unknown, actor: Actor) => {
    const decision = decide(state, CommandSchema.parse(cmd), { actor, now, newSeatTokenHash: 'h' });
    if (!decision.ok) throw new Error(decision.error.message);
    for (const e of decision.value) state = evolve(state, e);
  };
  const seats = parsed.scenario.seats.filter((s) => s.kind !== 'control').map((s) => s.id);
  for (const seatId of seats)
    apply({ type: 'claimSeat', seatId, displayName: seatId }, { seatId: null, isControl: false });
  apply({ type: 'startExercise' }, control);
  const viewers: Actor[] = [
    control,
    control,
    control,
    control,
    ...seats.map((seatId) => ({ seatId, isControl: false })),
  ];
  return { state, memo: new ViewMemo(), sent: [], viewers };
}

function publish(room: Room, presence: Presence): void {
  const views = room.viewers.map((v) => viewFor(room.state, v, presence, room.memo));
  if (room.sent.length) views.forEach((v, j) => diffView(room.sent[j]!, v));
  room.sent = views;
}

function post(room: Room, k: number): void {
  const j = 4 + (k % (room.viewers.length - 4));
  const actor = room.viewers[j]!;
  const channel = room.sent[j]!.channels.channels.find((c) => c.canPost && c.kind !== 'public');
  if (!channel) return;
  const cmd = CommandSchema.parse({
    type: 'postMessage',
    channelId: channel.id,
    template: 'freeText',
    body: `Bench note ${k}.`,
  });
  const decision = decide(room.state, cmd, { actor, now, newSeatTokenHash: 'h' });
  if (!decision.ok) throw new Error(decision.error.message);
  for (const e of decision.value) room.state = evolve(room.state, e);
}

const count = Number(process.argv[2] ?? 20);
const posts = Number(process.argv[3] ?? 40);
const h0 = heap();
const rooms = Array.from({ length: count }, (_, i) => newRoom(i));
const h1 = heap();
const seatIds = rooms[0]!.viewers.flatMap((v) => (v.seatId ? [v.seatId] : []));
const presence: Presence = { connectedSeats: new Set(seatIds), controlConnections: 4 };
for (const room of rooms) publish(room, presence);
for (let k = 0; k < posts; k++)
  for (const room of rooms) {
    post(room, k);
    publish(room, presence);
  }
const h2 = heap();
const kb = (b: number) => Math.round(b / count / 1024);
console.log(
  JSON.stringify({
    rooms: count,
    postsPerRoom: posts,
    stateKbPerRoom: kb(h1 - h0),
    viewsKbPerRoom: kb(h2 - h1),
    totalKbPerRoom: kb(h2 - h0),
  }),
);
if (process.env.HEAP_SNAPSHOT) {
  const { writeHeapSnapshot } = await import('node:v8');
  console.log(writeHeapSnapshot(process.env.HEAP_SNAPSHOT));
  void rooms;
}
if (process.env.CHECK_MAPS) {
  const same = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: unknown, b: unknown) => boolean;
  const a = rooms[0]!.sent,
    b = rooms[1]!.sent;
  console.log(
    'forces units across rooms',
    same(a[0]!.forces!.units[0], b[0]!.forces!.units[0]),
    'within',
    same(a[0]!.forces!.units[0], a[0]!.forces!.units[1]),
  );
  console.log('blue units across seats', same(a[5]!.forces!.units[0], a[0]!.forces!.units[0]));
  console.log(
    'channel views across rooms',
    same(a[5]!.channels.channels[0], b[5]!.channels.channels[0]),
    'within',
    same(a[5]!.channels.channels[0], a[5]!.channels.channels[1]),
  );
  console.log('forces pictures across rooms', same(a[0]!.forces, b[0]!.forces));
}
