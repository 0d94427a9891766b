// Secrecy has one home (ADR 0025): every rule that decides what a seat sees lives in this folder.
// A view module, or a rule reading the viewer's audience, anywhere else in the rules package fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SHARED = join(import.meta.dirname, '..');
const HOME = 'visibility/';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const outside = sources(SHARED)
  .map((path) => relative(SHARED, path).split('\\').join('/'))
  .filter((path) => !path.startsWith(HOME));

describe('secrecy has one home', () => {
  it('names no view module outside shared/src/visibility', () => {
    expect(outside.filter((path) => /(^|\/)view\.ts$|View\.ts$/.test(path))).toEqual([]);
  });

  it('lets no module outside shared/src/visibility decide by the viewer’s audience', () => {
    const readers = outside.filter((path) =>
      /from '[./]*visibility\/audience'/.test(readFileSync(join(SHARED, path), 'utf8')),
    );
    expect(readers).toEqual([]);
  });
});
