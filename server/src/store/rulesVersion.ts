// The rules' fingerprint stamped on every snapshot: a hash of the shared package's sources. Any
// change to the rules (or to anything else in that package) makes older snapshots unusable, so a
// snapshot can never carry a state that today's rules would not have produced from the log.
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHARED_SOURCES = fileURLToPath(new URL('../../../shared/src/', import.meta.url));

let cached: string | undefined;

export function rulesVersion(): string {
  cached ??= fingerprint(SHARED_SOURCES);
  return cached;
}

function fingerprint(dir: string): string {
  try {
    const hash = createHash('sha256');
    for (const file of sourcesUnder(dir)) {
      hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
    }
    return `rules-${hash.digest('hex').slice(0, 16)}`;
  } catch {
    // Sources out of reach: snapshots then only serve this process, never a later one.
    return `process-${randomUUID()}`;
  }
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
