// A digest of everything a release is built from, so a build can tell whether it is still fresh.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

const INPUTS = [
  'package.json',
  'pnpm-lock.yaml',
  'server/package.json',
  'server/src',
  'shared/package.json',
  'shared/src',
  'client/package.json',
  'client/index.html',
  'client/vite.config.ts',
  'client/src',
  'scenarios',
  'scripts/release',
  'scripts/release.ts',
];

function* files(path: string): Generator<string> {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* files(join(path, name));
  } else if (!/\.test\.tsx?$/.test(path)) {
    yield path;
  }
}

export function sourceFingerprint(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(join(repoRoot, input))) {
      hash.update(relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}
