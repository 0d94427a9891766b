// The review's replay worker: a worker_threads entry (bundled beside main.js) that answers the
// review's questions off the main thread, so a cold replay of a long log never stalls the rooms.
import { parentPort } from 'node:worker_threads';
import type { GameEvent } from '@council/shared';
import { ReplayWork, type ReplayAnswer, type ReplayRequest } from './replayWork';

export type WorkerRequest =
  | { readonly id: number; readonly request: ReplayRequest }
  | { readonly id: number; readonly compare: readonly (readonly GameEvent[])[] };

export type WorkerReply =
  { readonly id: number; readonly answer: ReplayAnswer } | { readonly id: number; readonly failed: string };

const work = new ReplayWork();

parentPort?.on('message', (message: WorkerRequest) => {
  try {
    const answer = 'compare' in message ? work.compare(message.compare) : work.answer(message.request);
    // The workbook's bytes move to the main thread rather than being copied.
    const transfer = answer.kind === 'file' && typeof answer.body !== 'string' ? [answer.body.buffer] : [];
    parentPort!.postMessage({ id: message.id, answer } satisfies WorkerReply, transfer as ArrayBuffer[]);
  } catch (error) {
    const failed = error instanceof Error ? error.message : String(error);
    parentPort!.postMessage({ id: message.id, failed } satisfies WorkerReply);
  }
});
