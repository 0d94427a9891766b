// Golden replay: the same seed and commands must give the same log, byte for byte, and the log alone
// must rebuild the same state. A deliberate rule change re-records it (tests/replays/record.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { replay } from '@council/shared';
import { goldenCreated } from '../replays/created';
import { playScript, type GoldenLog } from '../replays/script';

const golden = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../replays/baltic-vjtf.golden.json'), 'utf8'),
) as GoldenLog;

it('re-deciding the recorded commands reproduces the golden log byte for byte', () => {
  const { log, state } = playScript(goldenCreated());
  expect(log.steps.map((s) => s.outcome)).toEqual(golden.steps.map((s) => s.outcome));
  expect(JSON.stringify(log.events)).toBe(JSON.stringify(golden.events));
  expect(replay(golden.events)).toEqual(state);
});

it('the golden exercise covers what it is meant to', () => {
  const types = new Set(golden.events.map((e) => e.type));
  for (const type of [
    'draftTabled',
    'positionTaken',
    'draftAdopted',
    'messagePosted',
    'unitArrived',
    'combatResolved',
  ]) {
    expect(types, type).toContain(type);
  }
  expect(golden.steps.find((s) => s.command.type === 'deployUnit')?.outcome).toBe('BEYOND_AUTHORITY');
});
