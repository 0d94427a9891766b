// `npm run bench:server` runs end to end at a tiny size and prints its figures (speed is not asserted).
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');

describe('bench:server', () => {
  it('runs 2 exercises × 3 clients for a few seconds and prints one JSON line of figures', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/bench-server.ts',
        '--exercises',
        '2',
        '--clients',
        '3',
        '--seconds',
        '3',
        '--warmup',
        '1',
        '--workers',
        '1',
      ],
      { cwd: repoRoot, timeout: 150_000 },
    );
    const lines = stdout.trim().split('\n');
    const result = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
    expect(result).toMatchObject({ exercises: 2, clientsPerExercise: 3, connections: 6, processes: 1 });
    for (const field of [
      'p50Ms',
      'p99Ms',
      'commandsPerSecond',
      'rssBytesPerConnection',
      'serverCpuPercent',
      'clientCpuPercent',
      'bytesPerUpdate',
    ]) {
      expect(typeof result[field], field).toBe('number');
    }
    // Every client's commands reached every client of its exercise, and none were refused.
    expect(result.unsettled).toBe(0);
    expect(result.refused).toEqual({});
    expect(result.commandsPerSecond as number).toBeGreaterThan(0);
  }, 180_000);
});
