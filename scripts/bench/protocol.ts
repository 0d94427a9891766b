// Messages between the benchmark's main thread and its client worker threads.
export interface WorkerInput {
  /** Server base URLs; clients of an exercise spread over them (two processes behind Redis). */
  readonly urls: readonly string[];
  readonly exercises: readonly { readonly code: string; readonly controlKey: string }[];
  readonly clients: number;
}

export type ToWorker =
  | { readonly type: 'go'; readonly warmupMs: number; readonly measureMs: number; readonly drainMs: number }
  | { readonly type: 'stop' };

export interface WorkerResult {
  readonly type: 'result';
  readonly latencies: number[];
  readonly sentInWindow: number;
  readonly okInWindow: number;
  /** Measured commands some client never saw before the report. */
  readonly unsettled: number;
  readonly refusals: Record<string, number>;
  readonly patchesInWindow: number;
  readonly bytesInWindow: number;
  readonly framesInWindow: number;
}

export type ToMain =
  { readonly type: 'connected'; readonly connections: number } | WorkerResult | { readonly type: 'closed' };
