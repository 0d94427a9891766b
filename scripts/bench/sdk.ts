// The Colyseus SDK and `ws` for the benchmark's bot clients. The root package does not depend on
// them; the tests workspace does (the same pinned versions), so resolve them from there.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const fromTests = createRequire(join(root, 'tests/package.json'));

export type Sdk = typeof import('@colyseus/sdk');

/** Counts every byte the bot clients receive, then hands the socket class to the SDK. */
export async function loadSdk(counter: { bytes: number; frames: number }): Promise<Sdk> {
  const { default: WebSocket } = (await import(pathToFileURL(fromTests.resolve('ws')).href)) as {
    default: typeof import('ws').default;
  };
  class CountingWebSocket extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
        counter.frames += 1;
        counter.bytes += Array.isArray(data)
          ? data.reduce((n, b) => n + b.length, 0)
          : (data as Buffer | ArrayBuffer).byteLength;
      });
    }
  }
  // Node 20 has no global WebSocket; the SDK takes this one.
  (globalThis as { WebSocket?: unknown }).WebSocket = CountingWebSocket;
  return (await import(pathToFileURL(fromTests.resolve('@colyseus/sdk')).href)) as Sdk;
}

/** `pg` for a fresh PostgreSQL schema in the two-process mode. */
export async function loadPg(): Promise<typeof import('pg').default> {
  return (
    (await import(pathToFileURL(fromTests.resolve('pg')).href)) as { default: typeof import('pg').default }
  ).default;
}
