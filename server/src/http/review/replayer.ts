// The main thread's side of the review's replay worker: it sends each exercise's new events along with
// a question and awaits the answer. The worker is started on first use, kept unreferenced (it never
// holds the process open) and started again if it dies.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { GameEvent } from '@council/shared';
import type { ReplayAnswer, ReplayOp } from './replayWork';
import type { WorkerReply, WorkerRequest } from './replayWorker';

/**
 * Running from TypeScript (tsx, tests), the worker registers tsx's loader and then imports its .ts
 * file (a worker's own --import is not honoured on Node 20); the bundle has replayWorker.js beside it.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./replayWorker.js', import.meta.url));
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = pathToFileURL(tsxPackage.replace(/package\.json$/, 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./replayWorker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true });
}

type Pending = { resolve: (answer: ReplayAnswer) => void; reject: (error: Error) => void };

export class Replayer {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Events of each exercise the worker holds, as far as this side knows. */
  private readonly sent = new Map<string, number>();

  /** Asks about an exercise's log (`events`: the whole log as it stands). */
  async ask(exerciseId: string, events: readonly GameEvent[], op: ReplayOp): Promise<ReplayAnswer> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const base = Math.min(this.sent.get(exerciseId) ?? 0, events.length);
      this.sent.set(exerciseId, events.length);
      const answer = await this.post((id) => ({
        id,
        request: { exerciseId, base, tail: events.slice(base), op },
      }));
      if (answer.kind !== 'resend') return answer;
      this.sent.delete(exerciseId);
    }
    throw new Error(`the replay worker lost exercise ${exerciseId} twice`);
  }

  compare(logs: readonly (readonly GameEvent[])[]): Promise<ReplayAnswer> {
    return this.post((id) => ({ id, compare: logs }));
  }

  /** Stops the worker (the next question starts another). */
  async stop(): Promise<void> {
    const worker = this.worker;
    if (worker) await worker.terminate();
  }

  private post(message: (id: number) => WorkerRequest): Promise<ReplayAnswer> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage(message(id));
    });
  }

  private start(): Worker {
    const worker = startWorker();
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('failed' in reply) waiting?.reject(new Error(`review replay failed: ${reply.failed}`));
      else waiting?.resolve(reply.answer);
    });
    const lost = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.sent.clear();
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the review's replay worker stopped (${code})`)));
    this.worker = worker;
    return worker;
  }
}

/** One worker per process: the rooms of the process share it. */
export const replayer = new Replayer();
