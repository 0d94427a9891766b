// `npm run analyze`: every bad argument is refused with a one-line error naming it, exit 2, nothing written.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAnalyzeArgs } from '../../scripts/lib/analyzeArgs';
import { readScenario } from '../../scripts/lib/scenarioFile';

const repoRoot = resolve(import.meta.dirname, '../..');
const base = ['--scenario', 'baltic-tripwire', '--variant', '2016', '--plan', 'vjtf-only'];
const refusal = (argv: string[]) => {
  const r = parseAnalyzeArgs(argv, readScenario);
  return r.ok ? null : r.message;
};

describe('analyze: bad input', () => {
  it.each([
    [['--scenario', 'no-such-scenario'], '--scenario'],
    [['--scenario', '../etc'], '--scenario'],
    [[...base, '--variant', '1999'], '--variant'],
    [[...base, '--plan', 'surrender'], '--plan'],
    [[...base, '--assume', 'no-such-key=1'], '--assume'],
    [[...base, '--assume', 'red-competence=1.5'], '--assume'],
    [[...base, '--assume', 'red-competence=0.4'], '--assume'],
    [[...base, '--assume', 'us-delay-days=61'], '--assume'],
    [[...base, '--assume', 'red-objective=moscow'], '--assume'],
    [[...base, '--sweep', 'decision-hour=0:720:0'], '--sweep'],
    [[...base, '--sweep', 'decision-hour=0:720:-12'], '--sweep'],
    [[...base, '--sweep', 'decision-hour=0:800:12'], '--sweep'],
    [[...base, '--sweep', 'decision-hour=0:720:3'], '--sweep'],
    [[...base, '--sweep', 'decision-hour=0:600:3'], '--sweep'],
    [[...base, '--sweep', 'decision-hour=-12:720:12'], '--sweep'],
    [[...base, '--sweep', 'decision-hour=0:720'], '--sweep'],
    [[...base, '--sweep', 'red-competence=0:1:1'], '--sweep'],
    [[...base, '--seeds', '0'], '--seeds'],
    [[...base, '--seeds', '-1'], '--seeds'],
    [[...base, '--seeds', '100001'], '--seeds'],
    [[...base, '--seeds', '2.5'], '--seeds'],
    [[...base, '--workers', '0'], '--workers'],
    [[...base, '--outcome', 'moscow-held-d7'], '--outcome'],
    [['--variant', '2016', '--sweep', 'decision-hour=0:24:12'], '--plan'],
    [[...base, '--frobnicate'], '--frobnicate'],
  ])('%j is refused naming %s', (argv, name) => {
    const message = refusal(argv);
    expect(message).not.toBeNull();
    expect(message!.startsWith(name)).toBe(true);
    expect(message).not.toContain('\n');
  });

  it('accepts the issue’s command, 61 decision hours from 0 to 720', () => {
    const r = parseAnalyzeArgs(
      [...base, '--sweep', 'decision-hour=0:720:12', '--seeds', '1000', '--json'],
      readScenario,
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.options.hours).toHaveLength(61);
  });

  it('accepts the bounds themselves: 200 sweep points, 100,000 seeds, an assumption at its range’s end', () => {
    const at200 = parseAnalyzeArgs(
      [...base, '--sweep', 'decision-hour=0:597:3', '--seeds', '100000', '--assume', 'red-competence=1.2'],
      readScenario,
    );
    expect(at200.ok).toBe(true);
    if (at200.ok) expect(at200.options.hours).toHaveLength(200);
    expect(
      parseAnalyzeArgs([...base, '--seeds', '1', '--assume', 'red-competence=0.5'], readScenario).ok,
    ).toBe(true);
  });

  // Each kind of bad input the issue lists, through the command as a user runs it, from an empty
  // directory: exit 2, one line naming the argument, nothing on stdout and no file written.
  const tsx = pathToFileURL(resolve(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href;
  const analyze = resolve(repoRoot, 'scripts/analyze.ts');
  const run = (argv: readonly string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string; written: string[] }>((done) => {
      const cwd = mkdtempSync(join(tmpdir(), 'analyze-refused-'));
      const child = spawn(process.execPath, ['--import', tsx, analyze, ...argv], { cwd });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
      child.on('close', (status) => done({ status, stdout, stderr, written: readdirSync(cwd) }));
    });
  const BAD: readonly (readonly [string, readonly string[], string])[] = [
    ['an unknown scenario', ['--scenario', 'no-such-scenario', '--json'], '--scenario'],
    ['an unknown variant', [...base, '--variant', '1999', '--json'], '--variant'],
    ['an unknown plan', [...base, '--plan', 'surrender', '--csv'], '--plan'],
    ['an unknown assumption', [...base, '--assume', 'no-such-key=1', '--json'], '--assume'],
    ['a value outside its range', [...base, '--assume', 'red-competence=1.5', '--json'], '--assume'],
    ['a sweep outside the bounds', [...base, '--sweep', 'decision-hour=0:800:12', '--json'], '--sweep'],
    ['a sweep step of 0', [...base, '--sweep', 'decision-hour=0:720:0', '--json'], '--sweep'],
    ['a sweep of more than 200 points', [...base, '--sweep', 'decision-hour=0:720:3', '--json'], '--sweep'],
    ['seeds ≤ 0', [...base, '--sweep', 'decision-hour=0:24:12', '--seeds', '0', '--json'], '--seeds'],
    ['seeds over 100,000', [...base, '--seeds', '100001', '--json'], '--seeds'],
  ];
  it('refuses every kind of bad input the issue lists from the command line', async () => {
    const results = await Promise.all(BAD.map(([, argv]) => run(argv)));
    results.forEach((r, i) => {
      const [what, , name] = BAD[i]!;
      expect({ what, status: r.status, stdout: r.stdout, written: r.written }).toEqual({
        what,
        status: 2,
        stdout: '',
        written: [],
      });
      expect(r.stderr.trim().split('\n'), what).toHaveLength(1);
      expect(r.stderr.startsWith(`analyze: ${name}`), `${what}: ${r.stderr}`).toBe(true);
    });
  }, 120_000);

  it('the command exits 2 with one line on stderr and nothing on stdout', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/analyze.ts', ...base, '--seeds', '0'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--seeds');
  });
});

describe('analyze: --workers', () => {
  const sweep = (workers: string) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/analyze.ts',
        ...base,
        '--sweep',
        'decision-hour=0:48:24',
        '--seeds',
        '7',
        '--workers',
        workers,
        '--json',
      ],
      { cwd: repoRoot, encoding: 'utf8' },
    );

  it('splits the seeds over worker threads and prints byte for byte what one thread prints', () => {
    const one = sweep('1');
    expect(one.status).toBe(0);
    const curve = JSON.parse(one.stdout) as { points: unknown[] };
    expect(curve.points).toHaveLength(3);
    for (const workers of ['2', '3']) {
      const many = sweep(workers);
      expect(many.status).toBe(0);
      expect(many.stdout).toBe(one.stdout);
    }
  }, 120_000);
});
