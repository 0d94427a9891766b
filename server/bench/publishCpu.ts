// In-process CPU time of one plenary post's path through a room (figures, not assertions): decide →
// evolve → ViewPublisher.publish to 20 connections (Control and six more Control screens, the
// Council's thirteen seats), each patch encoded as Colyseus frames it. CPU time rather than wall
// time, and the median of many fresh rooms, so A/B comparisons hold on a loaded machine.
// Each room takes 100 posts to warm, then `posts` measured (a history like the server benchmark's).
// Usage (from server/): npx tsx bench/publishCpu.ts [posts] [rooms]
import { getMessageBytes, Protocol, type Client } from '@colyseus/core';
import type { Actor } from '@council/shared';
import { balticScenario, CONTROL, startedBaltic } from '../../scripts/bench/balticExercise';
import { ViewPublisher } from '../src/sync/publish';

const scenario = balticScenario();
const council = scenario.seats
  .filter((s) => s.kind === 'ally' || s.kind === 'secretaryGeneral')
  .map((s) => s.id);
const posters: Actor[] = council.map((seatId) => ({ seatId, isControl: false }));
const frame = getMessageBytes.raw as (code: number, type: string, message: unknown) => Uint8Array;
let bytes = 0;
let sends = 0;
const clients = [...Array<Actor>(7).fill(CONTROL), ...posters].map((actor, i) => ({
  sessionId: `c${i}`,
  userData: actor,
  send(type: string, message: unknown) {
    sends++;
    bytes += frame(Protocol.ROOM_DATA, type, message).length;
  },
  enqueueRaw(data: Uint8Array) {
    sends++;
    bytes += data.length;
  },
})) as unknown as Client[];

const cpuMicros = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const posts = Number(process.argv[2] ?? 250);
let k = 0;

/** One room from its start; returns the CPU milliseconds per measured post. */
function room(): number {
  const exercise = startedBaltic(scenario);
  const views = new ViewPublisher();
  const lastActedAt = new Map<string, string>();
  for (const client of clients) views.sync(exercise.state, client, clients, lastActedAt);
  let start = 0;
  for (let i = 0; i < 100 + posts; i++, k++) {
    if (i === 100) start = cpuMicros();
    const poster = posters[k % posters.length]!;
    exercise.apply(
      { type: 'postMessage', channelId: 'nac', template: 'freeText', body: `Plenary statement ${k}.` },
      poster,
    );
    lastActedAt.set(poster.seatId!, new Date(Date.UTC(2026, 0, 1, 0, 0, k)).toISOString());
    views.publish(exercise.state, clients, lastActedAt);
  }
  return (cpuMicros() - start) / 1000 / posts;
}

const rooms = Number(process.argv[3] ?? 30);
for (let r = 0; r < Math.min(5, rooms); r++) room();
const runs = Array.from({ length: rooms }, room).sort((a, b) => a - b);
const ms = (x: number) => +x.toFixed(4);
console.log(
  JSON.stringify({
    posts,
    connections: clients.length,
    cpuMsPerPost: { min: ms(runs[0]!), median: ms(runs[Math.floor(runs.length / 2)]!) },
    bytesPerPatch: Math.round(bytes / sends),
    patchesPerPost: +(sends / k).toFixed(2),
  }),
);
