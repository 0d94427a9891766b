// A worker thread of bot clients: joins its exercises, then every client sends one real game
// command every 2 s ± 25 % and we time each from sending to the moment the last client of that
// exercise that can see its result holds a view that includes it (its reply's seq).
// - mixed: a note reaches the readers of its channel and Control; a read marker its reader and
//   Control (who sees when each seat last acted). Other seats are sent nothing for it (ADR 0011).
// - plenary: every client posts in the NAC plenary, which every client of the exercise reads, so
//   each command's latency runs to the last of all its clients (the peers' workload).
import { parentPort, workerData } from 'node:worker_threads';
import {
  CLIENT_MESSAGES,
  EXERCISE_ROOM,
  PROTOCOL_VERSION,
  SERVER_MESSAGES,
  ViewFollower,
  type Command,
  type CommandReply,
  type ExerciseView,
  type ViewPatch,
  type ViewSync,
} from '../../shared/src/index';
import { inBatches } from './batches';
import { loadSdk } from './sdk';
import { watchClientLoop } from './clientLoop';
import type { ToMain, ToWorker, WorkerInput } from './protocol';

const input = workerData as WorkerInput;
const traffic = { bytes: 0, frames: 0 };
const { Client } = await loadSdk(traffic);
type Room = Awaited<ReturnType<InstanceType<typeof Client>['joinOrCreate']>>;

const COMMAND_TIMEOUT_MS = 30_000;
const PLENARY = 'nac';
const COUNCIL_KINDS = new Set<string>(['secretaryGeneral', 'ally']);
const send = (message: ToMain) => parentPort!.postMessage(message);

interface Bot {
  readonly room: Room;
  readonly follower: ViewFollower;
  /** Seq of the view this client holds now. */
  seq: number;
  /** When this client's view first reached each seq (pruned as it grows). */
  readonly reached: Map<number, number>;
  patches: number;
  posts: number;
}

interface Pending {
  /** The clients whose view the command changes. */
  readonly audience: readonly Bot[];
  readonly sentAt: number;
  readonly target: number;
  readonly measured: boolean;
}

interface Exercise {
  readonly bots: Bot[];
  pending: Pending[];
}

const latencies: number[] = [];
const replyLatencies: number[] = [];
const refusals: Record<string, number> = {};
let sentInWindow = 0;
let okInWindow = 0;
let windowStart = Number.POSITIVE_INFINITY;
let windowEnd = Number.POSITIVE_INFINITY;
let patchesInWindow = 0;
let bytesAtStart = 0;
let framesAtStart = 0;
let stopping = false;

function noteView(exercise: Exercise, bot: Bot, view: ExerciseView): void {
  const now = performance.now();
  if (view.seq <= bot.seq) return;
  for (let s = bot.seq + 1; s <= view.seq; s++) bot.reached.set(s, now);
  bot.seq = view.seq;
  if (bot.reached.size > 4000) {
    for (const s of bot.reached.keys()) if (s < bot.seq - 2000) bot.reached.delete(s);
  }
  settle(exercise);
}

/** Commands every client of the exercise has seen: their latency is the last client's arrival. */
function settle(exercise: Exercise): void {
  exercise.pending = exercise.pending.filter((p) => {
    let last = 0;
    for (const bot of p.audience) {
      if (bot.seq < p.target) return true; // this client has not got it yet
      // A record pruned away means the client passed that seq long ago: it does not bound the latency.
      last = Math.max(last, bot.reached.get(p.target) ?? 0);
    }
    if (p.measured) latencies.push(last - p.sentAt);
    return false;
  });
}

async function join(options: Record<string, unknown>, url: string, exercise: Exercise): Promise<Bot> {
  const room = await new Client(url).joinOrCreate(EXERCISE_ROOM, {
    protocolVersion: PROTOCOL_VERSION,
    ...options,
  });
  const bot: Bot = { room, follower: new ViewFollower(), seq: -1, reached: new Map(), patches: 0, posts: 0 };
  const resync = async () => {
    const reply = (await room.request(CLIENT_MESSAGES.sync, undefined, {
      timeout: COMMAND_TIMEOUT_MS,
    })) as ViewSync;
    noteView(exercise, bot, bot.follower.onSync(reply));
  };
  room.onMessage(SERVER_MESSAGES.patch, (patch: ViewPatch) => {
    if (performance.now() >= windowStart && performance.now() < windowEnd) patchesInWindow++;
    bot.patches++;
    const outcome = bot.follower.onPatch(patch);
    if (outcome === 'applied') noteView(exercise, bot, bot.follower.view!);
    else if (outcome === 'resync') void resync();
  });
  room.onMessage(SERVER_MESSAGES.notice, () => undefined);
  room.onMessage('*', () => undefined);
  await resync();
  return bot;
}

async function command(bot: Bot, cmd: Command | Record<string, unknown>): Promise<CommandReply> {
  return (await bot.room.request(CLIENT_MESSAGES.command, cmd, {
    timeout: COMMAND_TIMEOUT_MS,
  })) as CommandReply;
}

/** One real command this client may send now: a note in a channel it may post in, or a read marker. */
function nextCommand(bot: Bot, index: number): Command | null {
  const view = bot.follower.view;
  if (!view) return null;
  if (input.workload === 'plenary') {
    bot.posts++;
    return {
      type: 'postMessage',
      channelId: PLENARY,
      template: 'freeText',
      body: `Plenary statement ${bot.posts} from ${view.you.seatId ?? 'control'}.`,
    };
  }
  const channels = view.channels.channels.filter((c) => c.canPost && c.kind !== 'public');
  const channel = channels[index % Math.max(1, channels.length)];
  if (!channel) return null;
  const last = channel.messages.at(-1);
  if (bot.posts % 2 === 1 && last && channel.lastRead !== last.id) {
    bot.posts++;
    return { type: 'markRead', channelId: channel.id, messageId: last.id };
  }
  bot.posts++;
  return {
    type: 'postMessage',
    channelId: channel.id,
    template: 'freeText',
    body: `Bench note ${bot.posts} from ${view.you.seatId ?? 'control'}.`,
  };
}

/** Who sees a command's result: the readers of a note's channel, or the marker; and Control. */
function audienceOf(exercise: Exercise, sender: Bot, cmd: Command): Bot[] {
  if (input.workload === 'plenary') return exercise.bots;
  return exercise.bots.filter((bot) => {
    const view = bot.follower.view;
    if (!view) return false;
    if (view.you.isControl || bot === sender) return true;
    return cmd.type === 'postMessage' && view.channels.channels.some((c) => c.id === cmd.channelId);
  });
}

async function connectExercise(code: string, controlKey: string, offset: number): Promise<Exercise> {
  const exercise: Exercise = { bots: [], pending: [] };
  const url = (i: number) => input.urls[(offset + i) % input.urls.length]!;
  const control = await join({ code, controlKey }, url(0), exercise);
  exercise.bots.push(control);
  // The plenary workload seats the Council (the Secretary General and the allies), who all read it.
  const seats = control.follower.view!.seats.filter((s) =>
    input.workload === 'plenary' ? COUNCIL_KINDS.has(s.kind) : s.kind !== 'control',
  );
  for (let i = 1; i < input.clients; i++) {
    const seat = seats[i - 1];
    // Past the last seat, more Control screens (a facilitator team) join with the control key.
    const bot = await join(seat ? { code } : { code, controlKey }, url(i), exercise);
    exercise.bots.push(bot);
    if (seat) {
      const reply = await command(bot, { type: 'claimSeat', seatId: seat.id, displayName: `Bot ${seat.id}` });
      if (!reply.ok) throw new Error(`claimSeat ${seat.id}: ${reply.code} ${reply.message}`);
    }
  }
  const start = await command(control, { type: 'startExercise' });
  if (!start.ok && start.code !== 'BAD_PHASE')
    throw new Error(`startExercise: ${start.code} ${start.message}`);
  return exercise;
}

function drive(exercise: Exercise): void {
  exercise.bots.forEach((bot, index) => {
    const loop = () => {
      if (stopping) return;
      const cmd = nextCommand(bot, index);
      if (cmd) {
        const sentAt = performance.now();
        const measured = sentAt >= windowStart && sentAt < windowEnd;
        const audience = audienceOf(exercise, bot, cmd);
        if (measured) sentInWindow++;
        command(bot, cmd)
          .then((reply) => {
            if (!reply.ok) {
              refusals[reply.code] = (refusals[reply.code] ?? 0) + 1;
              return;
            }
            if (measured) {
              okInWindow++;
              replyLatencies.push(performance.now() - sentAt);
            }
            exercise.pending.push({ audience, sentAt, target: (reply.seq ?? 0) + 1, measured });
            settle(exercise);
          })
          .catch(() => {
            refusals.TIMEOUT = (refusals.TIMEOUT ?? 0) + 1;
          });
      }
      // 2 s ± 25 %: uniform between 1.5 and 2.5 s.
      setTimeout(loop, 1500 + Math.random() * 1000);
    };
    setTimeout(loop, Math.random() * 2000);
  });
}

const exercises = await inBatches(input.exercises, 4, (e, i) => connectExercise(e.code, e.controlKey, i));
send({ type: 'connected', connections: exercises.reduce((n, e) => n + e.bots.length, 0) });

parentPort!.on('message', (message: ToWorker) => {
  if (message.type === 'go') {
    const now = performance.now();
    windowStart = now + message.warmupMs;
    windowEnd = windowStart + message.measureMs;
    setTimeout(() => {
      bytesAtStart = traffic.bytes;
      framesAtStart = traffic.frames;
    }, message.warmupMs);
    exercises.forEach(drive);
    const loop = watchClientLoop(message.warmupMs, message.measureMs);
    // Report once the window closed and its last commands had time to arrive everywhere.
    setTimeout(
      () => {
        const unsettled = exercises.reduce((n, e) => n + e.pending.filter((p) => p.measured).length, 0);
        send({
          type: 'result',
          latencies,
          replyLatencies,
          sentInWindow,
          okInWindow,
          unsettled,
          refusals,
          patchesInWindow,
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
      exercises.flatMap((e) => e.bots.map((b) => b.room.leave(true).catch(() => undefined))),
    ).finally(() => send({ type: 'closed' }));
  }
});
