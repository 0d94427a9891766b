// Worker threads do not inherit tsx's loader: register it here, then load the TypeScript worker
// (the product's clients, or the bare room's with `--server bare`).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.server === 'bare' ? './bareWorker.ts' : './worker.ts');
