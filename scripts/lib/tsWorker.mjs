// Starts a TypeScript module in a worker thread: tsx is registered in this thread first
// (a worker does not inherit the parent's loader hooks), then `workerData.module` is imported.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
