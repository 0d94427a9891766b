// Reads the server's settings from the environment, with the defaults the README documents.
import { resolve } from 'node:path';
import type { RateLimit } from './rooms/rateLimit';
import { fileURLToPath } from 'node:url';

/** Set by the build (scripts/release/bundleServer.ts) to where the bundle sits below the root. */
declare const COUNCIL_ROOT_FROM_BUNDLE: string | undefined;
const rootFromHere = typeof COUNCIL_ROOT_FROM_BUNDLE === 'string' ? COUNCIL_ROOT_FROM_BUNDLE : '../..';
const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), rootFromHere);

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly redisUrl: string | undefined;
  readonly publicAddress: string | undefined;
  readonly scenariosDir: string;
  readonly clientDist: string;
  /** Commands one connection may send per second (bursts of twice that). */
  readonly commandRate: number;
  /** Whole views (`sync`) one connection may ask for (SYNC_RATE a second, bursts of 5×). */
  readonly syncRate: RateLimit;
  /** Expensive HTTP requests of one kind per client address (HTTP_RATE a second, bursts of 10×). */
  readonly httpRate: RateLimit;
  /** How often (ms) each room checks whether a phase timer ran out; 0 stops the session clock. */
  readonly tickMs: number;
  /** How long (ms) the log's group commit waits to gather appends into one transaction. */
  readonly commitWindowMs: number;
  /** BENCH_PROBE=1 only: GET /__bench/memory for `npm run bench:server`. Never set in production. */
  readonly benchProbe?: boolean;
  /** ADMIN_KEY: the operator key needed to create, import and delete exercises; unset, anyone may. */
  readonly adminKey?: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 2567),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? resolve(repoRoot, 'data')),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    publicAddress: env.PUBLIC_ADDRESS || undefined,
    scenariosDir: resolve(env.SCENARIOS_DIR ?? resolve(repoRoot, 'scenarios')),
    clientDist: resolve(env.CLIENT_DIST ?? resolve(repoRoot, 'client/dist')),
    commandRate: Number(env.COMMAND_RATE ?? 10),
    syncRate: rateFrom(env.SYNC_RATE, 2, 5),
    httpRate: rateFrom(env.HTTP_RATE, 2, 10),
    tickMs: 1000,
    commitWindowMs: wholeFrom(env.COMMIT_WINDOW_MS, DEFAULT_COMMIT_WINDOW_MS, 0, 50),
    benchProbe: env.BENCH_PROBE === '1',
    adminKey: env.ADMIN_KEY || undefined,
  };
}

/** A positive rate a second from the environment (or the default), with bursts of `burstTimes` that. */
function rateFrom(text: string | undefined, fallback: number, burstTimes: number): RateLimit {
  const perSecond = Number(text ?? fallback);
  const rate = Number.isFinite(perSecond) && perSecond > 0 ? perSecond : fallback;
  return { perSecond: rate, burst: Math.max(1, rate * burstTimes) };
}

/** Measured on the plenary benchmark (ADR 0011, update 2026-12-07). */
const DEFAULT_COMMIT_WINDOW_MS = 4;

/** A whole number from the environment within [min, max], or the default. */
function wholeFrom(text: string | undefined, fallback: number, min: number, max: number): number {
  const n = Number(text ?? fallback);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}
