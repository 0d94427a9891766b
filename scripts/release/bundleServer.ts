// Compiles the server to one plain-JavaScript file with esbuild: no tsx, no TypeScript at run time.
// `npm start` runs the result from server/dist; `npm run release` puts it at the release's root.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';

const repoRoot = resolve(import.meta.dirname, '../..');

/** PGlite finds these beside the module that loads it (`new URL('./pglite.wasm', import.meta.url)`). */
const PGLITE_FILES = ['pglite.wasm', 'pglite.data', 'initdb.wasm'];

/**
 * Modules that dependencies try to load and do without when they are missing: native add-ons, and
 * PM2's metrics agent, which @colyseus/core imports only to report to PM2 (and which hooks require()).
 */
const OPTIONAL = ['bufferutil', 'utf-8-validate', 'pg-native', 'msgpackr-extract', '@pm2/io'];

export interface BundleOptions {
  /** Folder that receives main.js, replayWorker.js and PGlite's files. */
  readonly outDir: string;
  /** Where the application root (scenarios/, client/dist/) is, relative to outDir. */
  readonly rootFromBundle: string;
}

export async function bundleServer({ outDir, rootFromBundle }: BundleOptions): Promise<Metafile> {
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    // The review's replay worker (a worker_threads entry) is loaded from beside main.js.
    entryPoints: {
      main: join(repoRoot, 'server/src/main.ts'),
      replayWorker: join(repoRoot, 'server/src/http/review/replayWorker.ts'),
    },
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: OPTIONAL,
    define: { COUNCIL_ROOT_FROM_BUNDLE: JSON.stringify(rootFromBundle) },
    // CommonJS dependencies call require() for Node's modules; give the ES module bundle one.
    banner: {
      js: "import { createRequire as __councilRequire } from 'node:module'; const require = __councilRequire(import.meta.url);",
    },
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const pgliteDist = dirname(
    createRequire(join(repoRoot, 'server/package.json')).resolve('@electric-sql/pglite'),
  );
  for (const file of PGLITE_FILES) copyFileSync(join(pgliteDist, file), join(outDir, file));
  return result.metafile;
}
