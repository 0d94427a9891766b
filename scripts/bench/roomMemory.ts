// In-process measure of what one Baltic exercise holds (figures, not assertions): its state and the
// memoised views of 20 viewers (4 Control screens, 16 seats) after some posts, heap per room after GC.
// Usage: node --expose-gc --import tsx scripts/bench/roomMemory.ts [rooms] [postsPerRoom]
// OWN_SCENARIO=1: each room parses its own scenario. HEAP_SNAPSHOT=<file>: writes a heap snapshot.
// CHECK_MAPS=1 (with node --allow-natives-syntax): whether views share V8 hidden classes (ADR 0011).
import {
  CommandSchema,
  ViewMemo,
  decide,
  diffView,
  evolve,
  cachedViewFor,
  type Actor,
  type ExerciseState,
  type ExerciseView,
  type Presence,
} from '../../shared/src/index';
import { balticScenario, CONTROL as control, NOW as now, startedBaltic } from './balticExercise';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

// Rooms share one copy of the scenario, as a server's do (server/src/game/sharedScenarios.ts);
// OWN_SCENARIO=1 gives each its own, as before exercises shared it.
const SHARED = process.env.OWN_SCENARIO ? null : balticScenario();

interface Room {
  state: ExerciseState;
  memo: ViewMemo;
  sent: ExerciseView[];
  viewers: Actor[];
}

function newRoom(i: number): Room {
  const { state, seats } = startedBaltic(SHARED ?? balticScenario(), i);
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
  const views = room.viewers.map((v) => cachedViewFor(room.state, v, presence, room.memo));
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
