// Assembles one server process: storage, scenarios, HTTP routes, the Colyseus game server.
import { Server, matchMaker } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { EXERCISE_ROOM } from '@council/shared';
import { operatorKey } from './auth/operatorKey';
import type { Config } from './config';
import { oneLineLogger } from './faults';
import { apiRouter } from './http/api';
import { clientRoutes } from './http/static';
import { ExerciseRoom } from './rooms/ExerciseRoom';
import { reopenBotRooms } from './bots/resume';
import { loadScenarios } from './scenarios';
import { setServices } from './services';
import { openDb } from './store/open';
import { lockDataDir } from './store/dataDirLock';
import { connectScaleOut } from './scaleout/redis';
import { StartupError } from './startupError';
import { ExerciseStore } from './store/exercises';
import { benchProbeRouter } from './sync/benchProbe';

/** Largest websocket frame accepted at all; commands have a smaller limit of their own. */
const MAX_FRAME_BYTES = 64 * 1024;

export interface RunningServer {
  readonly port: number;
  readonly gameServer: Server;
  /** The event store, for tools and tests that read logs. */
  readonly store: ExerciseStore;
  close(): Promise<void>;
}

export async function startServer(config: Config): Promise<RunningServer> {
  if (config.redisUrl && !config.databaseUrl) {
    throw new StartupError(
      'REDIS_URL is set but DATABASE_URL is not: several processes need one PostgreSQL (the embedded database serves one process); set DATABASE_URL or unset REDIS_URL.',
    );
  }
  // The embedded database is one process's: a second one on the folder would lose acknowledged work.
  const dataLock = config.databaseUrl ? null : lockDataDir(config.dataDir);
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }).catch((error) => {
    dataLock?.release();
    throw error;
  });
  const scaleOut = config.redisUrl
    ? await connectScaleOut(config.redisUrl, config.publicAddress).catch(async (error) => {
        await db.close();
        dataLock?.release();
        throw error;
      })
    : null;
  const catalogue = loadScenarios(config.scenariosDir);
  for (const { file, problems } of catalogue.problems) {
    console.error(
      `scenario ${file} refused:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    );
  }
  const store = new ExerciseStore(db, undefined, config.commitWindowMs);
  setServices({
    store,
    catalogue,
    now: () => new Date(),
    commandRate: { perSecond: config.commandRate, burst: config.commandRate * 2 },
    syncRate: config.syncRate,
    httpRate: config.httpRate,
    tickMs: config.tickMs,
    operatorKey: operatorKey(config.adminKey),
  });

  const gameServer = new Server({
    transport: new WebSocketTransport({ maxPayload: MAX_FRAME_BYTES }),
    publicAddress: config.publicAddress,
    // Several processes share matchmaking through Redis; each needs its own PUBLIC_ADDRESS.
    ...(scaleOut ? { presence: scaleOut.presence, driver: scaleOut.driver } : {}),
    greet: false,
    // A frame that does not decode costs one line of log, not a stack trace (ADR 0015).
    logger: oneLineLogger,
    gracefullyShutdown: false,
    express: (app) => {
      app.disable('x-powered-by');
      app.use('/api', apiRouter());
      if (config.benchProbe) app.use('/__bench', benchProbeRouter());
      clientRoutes(app, config.clientDist);
    },
  });
  // A room plays (clock, bots) only once matchmaking has recorded it as its exercise's one room.
  gameServer
    .define(EXERCISE_ROOM, ExerciseRoom)
    .filterBy(['code'])
    .on('create', (room) => (room as ExerciseRoom).startPlaying());
  await gameServer.listen(config.port, config.host);
  // Seats handed to bots play on after a restart even before anyone comes back.
  void reopenBotRooms(store, EXERCISE_ROOM).then((codes) =>
    console.log(`bots: rooms reopened for ${codes.length} exercise(s)`),
  );
  const address = (
    gameServer.transport as unknown as { server: import('node:http').Server }
  ).server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  return {
    port,
    gameServer,
    store,
    close: async () => {
      await gameServer.gracefullyShutdown(false);
      await scaleOut?.close();
      await db.close();
      dataLock?.release();
      void matchMaker;
    },
  };
}
