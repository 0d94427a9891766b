// Messages between the benchmark's main thread and its client worker threads.
/**
 * What each client sends. `mixed`: a note in one of the channels it may post in, or a read marker,
 * alternately; latency runs to the last client that can see the result. `plenary`: a post in the
 * NAC plenary, which every client of the exercise reads; latency runs to the last of them.
 */
export const WORKLOADS = ['mixed', 'plenary'] as const;
export type Workload = (typeof WORKLOADS)[number];

/**
 * What serves the clients: `council`, the product; `bare`, a bare Colyseus room that only relays
 * each post to its exercise's clients (server/bench/bareRoom.ts), the peers' baseline.
 */
export const SERVERS = ['council', 'bare'] as const;
export type ServerKind = (typeof SERVERS)[number];

export interface WorkerInput {
  /** Server base URLs; clients of an exercise spread over them (two processes behind Redis). */
  readonly urls: readonly string[];
  readonly exercises: readonly { readonly code: string; readonly controlKey: string }[];
  readonly clients: number;
  readonly workload: Workload;
  readonly server: ServerKind;
}

export type ToWorker =
  | { readonly type: 'go'; readonly warmupMs: number; readonly measureMs: number; readonly drainMs: number }
  | { readonly type: 'stop' };

export interface WorkerResult {
  readonly type: 'result';
  readonly latencies: number[];
  /** From sending a command to its reply (stored, acknowledged); the bare room sends no reply. */
  readonly replyLatencies?: number[];
  readonly sentInWindow: number;
  readonly okInWindow: number;
  /** Measured commands some client never saw before the report. */
  readonly unsettled: number;
  readonly refusals: Record<string, number>;
  readonly patchesInWindow: number;
  readonly bytesInWindow: number;
  readonly framesInWindow: number;
  /** The worker's own event-loop delay in the measured window (clientLoop.ts). */
  readonly clientLoopDelayP99Ms: number;
  readonly clientLoopDelayMaxMs: number;
}

export type ToMain =
  { readonly type: 'connected'; readonly connections: number } | WorkerResult | { readonly type: 'closed' };
