// Starts a real server in this process on a free port and drives it with real SDK clients.
import { framesReceived } from './recordingSocket';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client, type Room } from '@colyseus/sdk';
import pg from 'pg';
import { afterAll } from 'vitest';
import {
  EXERCISE_ROOM,
  PROTOCOL_VERSION,
  type Command,
  type CommandReply,
  type CreateExerciseResponse,
  type ExerciseView,
  type ViewPatch,
  ViewFollower,
} from '@council/shared';
import { startServer, type RunningServer } from '../../server/src/app';
import { readConfig } from '../../server/src/config';
import type { RateLimit } from '../../server/src/rooms/rateLimit';

const repoRoot = resolve(import.meta.dirname, '../..');

export type Backend = 'pglite' | 'postgres';

/** PostgreSQL for tests: TEST_DATABASE_URL, or the local server the README's test command starts. */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A database URL whose tables live in a fresh schema, so runs never see each other's rows. */
export async function freshPostgresUrl(): Promise<string> {
  const schema = `t_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  const url = new URL(testDatabaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

export interface TestServer {
  readonly url: string;
  readonly server: RunningServer;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
}

const PLENTY: RateLimit = { perSecond: 10_000, burst: 10_000 };

export async function startTestServer(
  options: {
    dataDir?: string;
    databaseUrl?: string;
    port?: number;
    scenariosDir?: string;
    commandRate?: number;
    tickMs?: number;
    /** The operator key (ADMIN_KEY) the server asks for; none by default. */
    adminKey?: string;
    redisUrl?: string;
    /** Limits of `sync` and of the HTTP API's expensive requests; tests not about them get plenty. */
    syncRate?: RateLimit;
    httpRate?: RateLimit;
  } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'council-test-'));
  const config = {
    ...readConfig({}),
    port: options.port ?? 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: options.databaseUrl,
    redisUrl: options.redisUrl,
    scenariosDir: options.scenariosDir ?? join(repoRoot, 'scenarios'),
    clientDist: join(repoRoot, 'client/dist'),
    commandRate: options.commandRate ?? 1000,
    tickMs: options.tickMs ?? 1000,
    adminKey: options.adminKey,
    syncRate: options.syncRate ?? PLENTY,
    httpRate: options.httpRate ?? PLENTY,
  };
  const server = await startServer(config);
  return { url: `http://127.0.0.1:${server.port}`, server, dataDir, databaseUrl: options.databaseUrl };
}

export async function createExercise(
  url: string,
  scenarioId = 'baltic-tripwire',
): Promise<CreateExerciseResponse> {
  const response = await fetch(`${url}/api/exercises`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, scenarioId, title: 'Integration exercise' }),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreateExerciseResponse;
}

/** A connected player that records every message it receives, for secrecy checks. */
export class Player {
  readonly received: unknown[] = [];
  view: ExerciseView | undefined;
  private waiters: { predicate: (v: ExerciseView) => boolean; resolve: (v: ExerciseView) => void }[] = [];

  /** The view as the server described it: whole from `sync`, then patched. */
  private readonly follower = new ViewFollower();

  private constructor(readonly room: Room) {
    room.onMessage('*', (type, payload) => {
      this.received.push({ type, payload });
      if (type !== 'patch') return;
      const outcome = this.follower.onPatch(payload as ViewPatch);
      if (outcome === 'applied') this.onView(this.follower.view!);
      else if (outcome === 'resync') void this.resync();
    });
  }

  private async resync(): Promise<void> {
    this.onView(this.follower.onSync(await this.room.request('sync')));
  }

  /**
   * Asks for the whole view now. Anything sent before the reply has arrived by then, so `patched`
   * is the view this client had followed to this moment by patches alone.
   */
  async syncNow(): Promise<{ readonly patched: ExerciseView; readonly synced: ExerciseView }> {
    const reply = await this.room.request('sync');
    const patched = this.view!;
    this.onView(this.follower.onSync(reply));
    return { patched, synced: this.view! };
  }

  static async join(url: string, options: Record<string, unknown>): Promise<Player> {
    const room = await new Client(url).joinOrCreate(EXERCISE_ROOM, {
      protocolVersion: PROTOCOL_VERSION,
      ...options,
    });
    const player = new Player(room);
    await player.resync();
    return player;
  }

  /** Every byte the server sent this client, as one buffer (for secrecy checks). */
  bytesReceived(): Buffer {
    return Buffer.concat(framesReceived(this.room));
  }

  /** How many frames the server has sent this client so far. */
  framesReceived(): number {
    return framesReceived(this.room).length;
  }

  command(command: Command | Record<string, unknown>): Promise<CommandReply> {
    return this.room.request('command', command);
  }

  /** Resolves with the first view (current or coming) that satisfies the predicate. */
  nextView(predicate: (view: ExerciseView) => boolean, timeoutMs = 5000, label = ''): Promise<ExerciseView> {
    if (this.view && predicate(this.view)) return Promise.resolve(this.view);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out waiting for a view ${label} ${new Error().stack}`)),
        timeoutMs,
      );
      this.waiters.push({ predicate, resolve: (v) => (clearTimeout(timer), resolve(v)) });
    });
  }

  /** Leaves the room; a second call (or a dead connection) resolves at once rather than hanging. */
  async leave(): Promise<void> {
    if (this.left) return;
    this.left = true;
    await Promise.race([
      this.room.leave(true).catch(() => undefined),
      new Promise((r) => setTimeout(r, 2000)),
    ]);
  }

  private left = false;

  onView(view: ExerciseView): void {
    if (this.view && view.seq < this.view.seq) return;
    this.view = view;
    this.waiters = this.waiters.filter((w) => (w.predicate(view) ? (w.resolve(view), false) : true));
  }
}

export async function joinError(url: string, options: Record<string, unknown>): Promise<string> {
  try {
    const room = await new Client(url).joinOrCreate(EXERCISE_ROOM, options);
    await room.leave();
    return 'joined';
  } catch (error) {
    return (error as Error).message;
  }
}

/** What one describe block starts and cleans up in a single afterAll: players leave, then servers close. */
export interface AfterAllCleanup {
  /** Joins like Player.join; the player leaves after all tests. */
  join(url: string, options: Record<string, unknown>): Promise<Player>;
  /** Every player tracked so far leaves now (e.g. before a restart). */
  leaveAll(): Promise<void>;
  /** Closes the server after all tests, once the players have left; a server a test already closed is fine. */
  closeServer<S extends TestServer>(server: S): S;
  /** Runs `stop` after all tests, once the players have left (e.g. stopping a server process). */
  stopAfterAll(stop: () => Promise<unknown>): void;
}

/** Registers one vitest afterAll that makes every tracked player leave, then stops every tracked server in turn. */
export function cleanUpAfterAll(): AfterAllCleanup {
  const players: Player[] = [];
  const stops: (() => Promise<unknown>)[] = [];
  const track = (player: Player) => (players.push(player), player);
  const leaveAll = async () => void (await Promise.all(players.splice(0).map((p) => p.leave())));
  const stopAfterAll = (stop: () => Promise<unknown>) => void stops.push(stop);
  afterAll(async () => {
    await leaveAll();
    for (const stop of stops) await stop();
  });
  return {
    join: async (url, options) => track(await Player.join(url, options)),
    leaveAll,
    closeServer: (server) => (stopAfterAll(() => server.server.close().catch(() => undefined)), server),
    stopAfterAll,
  };
}

/** The log position an accepted command's last event was stored at; throws if the command was refused. */
export function seqOf(reply: CommandReply): number {
  if (!reply.ok || reply.seq === undefined) throw new Error(`not accepted: ${JSON.stringify(reply)}`);
  return reply.seq;
}
