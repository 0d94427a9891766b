// Run inside a network namespace with only loopback (see offlineRelease.test.ts): starts the unpacked
// release, creates an exercise over HTTP, seats two players with @colyseus/sdk, posts a message,
// restarts the release and finds the message again. Prints one JSON line with what it saw.
import { spawn, type ChildProcess } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from '@colyseus/sdk';
import {
  EXERCISE_ROOM,
  PROTOCOL_VERSION,
  type CommandReply,
  type CreateExerciseResponse,
} from '@council/shared';

const releaseDir = process.argv[2]!;
const MESSAGE = 'Offline: the council meets at 0900.';

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  readonly output: () => string;
}

/** `./crisis-council` with nothing from this environment but PATH and HOME. */
async function start(): Promise<Started> {
  const child = spawn(join(releaseDir, 'crisis-council'), [], {
    cwd: releaseDir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', () => {
      const match = /On this machine:\s+http:\/\/localhost:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`the release exited with ${code}:\n${output}`)));
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => output };
}

async function stop(server: Started): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

const join_ = (url: string, options: Record<string, unknown>): Promise<Room> =>
  new Client(url).joinOrCreate(EXERCISE_ROOM, { protocolVersion: PROTOCOL_VERSION, ...options });

async function command(
  room: Room,
  body: Record<string, unknown>,
): Promise<Extract<CommandReply, { ok: true }>> {
  const reply = (await room.request('command', body)) as CommandReply;
  if (!reply.ok) throw new Error(`${String(body.type)} refused: ${reply.code} ${reply.message}`);
  return reply;
}

async function logText(url: string, code: string, controlKey: string): Promise<string> {
  const response = await fetch(`${url}/api/exercises/${code}/review/log.json`, {
    headers: { 'X-Control-Key': controlKey },
  });
  if (!response.ok) throw new Error(`log.json: ${response.status}`);
  return response.text();
}

const interfaces = Object.keys(networkInterfaces());
let server = await start();
// Whatever happens, no server is left running in the namespace once this script ends.
process.on('exit', () => server.child.kill('SIGKILL'));
process.on('SIGTERM', () => process.exit(1));
const created = await fetch(`${server.url}/api/exercises`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    protocolVersion: PROTOCOL_VERSION,
    scenarioId: 'baltic-tripwire',
    title: 'Offline',
  }),
});
const { code, controlKey } = (await created.json()) as CreateExerciseResponse;
const control = await join_(server.url, { code, controlKey });
const secgen = await join_(server.url, { code });
const est = await join_(server.url, { code });
await command(secgen, { type: 'claimSeat', seatId: 'secgen', displayName: 'SG' });
const claimed = await command(est, { type: 'claimSeat', seatId: 'est', displayName: 'Tallinn' });
await command(control, { type: 'startExercise' });
await command(control, { type: 'advancePhase' });
await command(est, { type: 'postMessage', channelId: 'nac', template: 'demarche', body: MESSAGE });
const beforeRestart = (await logText(server.url, code, controlKey)).includes(MESSAGE);
for (const room of [control, secgen, est]) await room.leave(true);
await stop(server);

server = await start();
const rejoined = await join_(server.url, { code, seatToken: claimed.seatToken });
const afterRestart = (await logText(server.url, code, controlKey)).includes(MESSAGE);
await rejoined.leave(true);
await stop(server);
console.log(JSON.stringify({ interfaces, code, beforeRestart, afterRestart }));
