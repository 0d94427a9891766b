// A server of the spec's own, run as `npm start` runs it (the built client, a data directory on disk),
// so a browser test can kill it without warning and start it again on the same port and data.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer, type ServerProcess } from '../integration/serverProcess';

export interface OwnServer {
  readonly url: string;
  /** SIGKILL: no shutdown hook runs, as in a power cut. */
  kill(): Promise<void>;
  /** Starts the server again on the same port and data directory. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startOwnServer(extraEnv: Record<string, string> = {}): Promise<OwnServer> {
  const env: Record<string, string> = {
    DATA_DIR: mkdtempSync(join(tmpdir(), 'council-resilience-')),
    PORT: '0',
    ...extraEnv,
  };
  let current: ServerProcess | undefined = await spawnServer(env);
  const url = current.url;
  // Restart on the address the browsers already know.
  env.PORT = new URL(url).port;
  return {
    url,
    kill: async () => {
      await current?.kill();
      current = undefined;
    },
    restart: async () => {
      current = await spawnServer(env);
    },
    stop: async () => {
      await current?.stop();
      current = undefined;
    },
  };
}
