// `npm start` compiles the server once with this (server/dist/main.js), then runs it with plain node.
import { join } from 'node:path';
import { bundleServer } from './release/bundleServer';
import { repoRoot } from './release/fingerprint';

await bundleServer({ outDir: join(repoRoot, 'server/dist'), rootFromBundle: '../..' });
