// A worker thread of clients of the bare room (`--server bare`, server/bench/bareRoom.ts): the
// plenary workload without the game. Every client posts every 2 s ± 25 %; the room relays each
// post to every client of its exercise, and latency runs from sending to the moment the last of
// them holds it — as the plenary workload of the product measures (worker.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { inBatches } from './batches';
import { loadSdk } from './sdk';
import { watchClientLoop } from './clientLoop';
import type { ToMain, ToWorker, WorkerInput } from './protocol';

interface Relay {
  readonly seq: number;
  readonly from: string;
  readonly nonce: number;
  readonly body: string;
}

const input = workerData as WorkerInput;
const traffic = { bytes: 0, frames: 0 };
const { Client } = await loadSdk(traffic);
type Room = Awaited<ReturnType<InstanceType<typeof Client>['joinOrCreate']>>;
const send = (message: ToMain) => parentPort!.postMessage(message);

interface Pending {
  readonly sentAt: number;
  readonly measured: boolean;
  seenBy: number;
  last: number;
}

interface Exercise {
  readonly rooms: Room[];
  readonly pending: Map<number, Pending>;
}

const latencies: number[] = [];
let sentInWindow = 0;
let okInWindow = 0;
let windowStart = Number.POSITIVE_INFINITY;
let windowEnd = Number.POSITIVE_INFINITY;
let relaysInWindow = 0;
let bytesAtStart = 0;
let framesAtStart = 0;
let stopping = false;
let nonces = 0;

async function connectExercise(code: string, offset: number): Promise<Exercise> {
  const exercise: Exercise = { rooms: [], pending: new Map() };
  for (let i = 0; i < input.clients; i++) {
    const url = input.urls[(offset + i) % input.urls.length]!;
    const room = await new Client(url).joinOrCreate('bare', { code });
    room.onMessage('post', (relay: Relay) => {
      const now = performance.now();
      if (now >= windowStart && now < windowEnd) relaysInWindow++;
      const pending = exercise.pending.get(relay.nonce);
      if (!pending) return;
      if (relay.from === room.sessionId && pending.measured) okInWindow++;
      pending.seenBy++;
      pending.last = now;
      if (pending.seenBy < exercise.rooms.length) return;
      if (pending.measured) latencies.push(pending.last - pending.sentAt);
      exercise.pending.delete(relay.nonce);
    });
    exercise.rooms.push(room);
  }
  return exercise;
}

function drive(exercise: Exercise): void {
  exercise.rooms.forEach((room, index) => {
    let posts = 0;
    const loop = () => {
      if (stopping) return;
      const sentAt = performance.now();
      const measured = sentAt >= windowStart && sentAt < windowEnd;
      if (measured) sentInWindow++;
      const nonce = ++nonces;
      exercise.pending.set(nonce, { sentAt, measured, seenBy: 0, last: 0 });
      room.send('post', { nonce, body: `Plenary statement ${++posts} from client ${index}.` });
      // 2 s ± 25 %: uniform between 1.5 and 2.5 s.
      setTimeout(loop, 1500 + Math.random() * 1000);
    };
    setTimeout(loop, Math.random() * 2000);
  });
}

const exercises = await inBatches(input.exercises, 4, (e, i) => connectExercise(e.code, i));
send({ type: 'connected', connections: exercises.reduce((n, e) => n + e.rooms.length, 0) });

parentPort!.on('message', (message: ToWorker) => {
  if (message.type === 'go') {
    windowStart = performance.now() + message.warmupMs;
    windowEnd = windowStart + message.measureMs;
    setTimeout(() => {
      bytesAtStart = traffic.bytes;
      framesAtStart = traffic.frames;
    }, message.warmupMs);
    exercises.forEach(drive);
    const loop = watchClientLoop(message.warmupMs, message.measureMs);
    setTimeout(
      () => {
        let unsettled = 0;
        for (const e of exercises) for (const p of e.pending.values()) if (p.measured) unsettled++;
        send({
          type: 'result',
          latencies,
          sentInWindow,
          okInWindow,
          unsettled,
          refusals: {},
          patchesInWindow: relaysInWindow,
          bytesInWindow: traffic.bytes - bytesAtStart,
          framesInWindow: traffic.frames - framesAtStart,
          clientLoopDelayP99Ms: loop.read().loopDelayP99Ms,
          clientLoopDelayMaxMs: loop.read().loopDelayMaxMs,
        });
      },
      message.warmupMs + message.measureMs + message.drainMs,
    );
  } else if (message.type === 'stop') {
    stopping = true;
    void Promise.all(
      exercises.flatMap((e) => e.rooms.map((r) => r.leave(true).catch(() => undefined))),
    ).finally(() => send({ type: 'closed' }));
  }
});
