// `npm run bench:server` runs end to end at a tiny size and prints its figures (speed is not asserted).
import { execFile } from 'node:child_process';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { growthAfterTenMinutes } from '../../scripts/bench/memorySamples';

const repoRoot = resolve(import.meta.dirname, '../..');

const bench = (args: readonly string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/bench-server.ts', ...args], {
    cwd: repoRoot,
    timeout: 150_000,
  });

describe('bench:server', () => {
  it.each<[string, string[]]>([
    ['mixed', []],
    ['plenary', ['--workload', 'plenary', '--pin', '--memory-every', '1']],
    ['plenary', ['--workload', 'plenary', '--server', 'bare']],
  ])(
    '%s: runs 2 exercises × 3 clients for a few seconds and prints one JSON line of figures',
    async (workload, extra) => {
      const { stdout } = await bench([
        ...extra,
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
      ]);
      const lines = stdout.trim().split('\n');
      const result = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
      expect(result).toMatchObject({
        server: extra.includes('bare') ? 'bare' : 'council',
        workload,
        exercises: 2,
        clientsPerExercise: 3,
        connections: 6,
        processes: 1,
      });
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
      // An endurance run's memory samples: one a second of the 3-second window.
      if (extra.includes('--memory-every')) {
        const samples = result.memorySamples as { atSeconds: number; rssBytes: number }[];
        expect(samples.map((s) => s.atSeconds)).toEqual([1, 2]);
        for (const s of samples) expect(s.rssBytes).toBeGreaterThan(0);
      } else expect(result.memorySamples).toBeUndefined();
    },
    180_000,
  );

  it.each([
    [['--workload', 'everyone'], /--workload is one of mixed, plenary/],
    [['--exercises', '0'], /--exercises must be a whole number/],
    [['--server', 'nginx'], /--server is one of council, bare/],
    [['--server', 'bare'], /--server bare relays posts only/],
    [['--server', 'bare', '--workload', 'plenary', '--processes', '2'], /--server bare runs one process/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
    [['--memory-every', '0'], /--memory-every must be a whole number/],
    [['--exercises', '5000', '--clients', '40'], /need more open files than this shell allows/],
  ])('refuses %j with one line before anything starts', async (args, message) => {
    const failure = await bench(args).then(
      () => null,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stdout).toBe('');
    expect(failure?.stderr.trim().split('\n')).toHaveLength(1);
    expect(failure?.stderr).toMatch(message);
  });
});

describe('--memory-every', () => {
  const sample = (atSeconds: number, rssBytes: number) => ({ atSeconds, rssBytes, heapUsedBytes: 0 });
  it('measures RSS growth from the first sample at 10 minutes to the last', () => {
    expect(growthAfterTenMinutes([sample(300, 50), sample(600, 100), sample(7200, 104)])).toBe(4);
    expect(growthAfterTenMinutes([sample(300, 50), sample(660, 200), sample(900, 190)])).toBe(-5);
    // A window shorter than 10 minutes, or with one sample after them, has no growth to report.
    expect(growthAfterTenMinutes([sample(60, 50), sample(120, 60)])).toBeUndefined();
    expect(growthAfterTenMinutes([sample(300, 50), sample(600, 60)])).toBeUndefined();
  });
});

describe('--pin', () => {
  // `--search` runs many times in one process: the second run once found the process confined to
  // one core, took the machine for a one-core one and left the server unpinned.
  it.skipIf(cpus().length < 2)('pins the clients’ process again on every run of one process', async () => {
    const script =
      "import { pinThisProcess } from './scripts/bench/pin.ts';" +
      'console.log(JSON.stringify([await pinThisProcess(1), await pinThisProcess(1)]));';
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: repoRoot, timeout: 30_000 },
    );
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual([true, true]);
  });
});
