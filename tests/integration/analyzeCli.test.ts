// `npm run analyze`: every bad argument is refused with a one-line error naming it, exit 2, nothing written.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
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
    [[...base, '--assume', 'red-objective=moscow'], '--assume'],
    [[...base, '--sweep', 'decision-hour=0:720:0'], '--sweep'],
    [[...base, '--sweep', 'decision-hour=0:720:-12'], '--sweep'],
    [[...base, '--sweep', 'decision-hour=0:800:12'], '--sweep'],
    [[...base, '--sweep', 'decision-hour=0:720:3'], '--sweep'],
    [[...base, '--sweep', 'red-competence=0:1:1'], '--sweep'],
    [[...base, '--seeds', '0'], '--seeds'],
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
