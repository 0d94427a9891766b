import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay, type ExerciseState } from '@council/shared';
import { loadScenarios } from '../scenarios';
import { sharedScenario, withSharedScenario } from './sharedScenarios';

const scenarios = () => loadScenarios(resolve(import.meta.dirname, '../../../scenarios')).scenarios;
const created = (scenario: unknown) =>
  replay([
    {
      type: 'exerciseCreated',
      exerciseId: 'x',
      code: 'X',
      title: 'x',
      createdAt: '2026-11-24T00:00:00.000Z',
      scenario,
      seed: 1,
    } as never,
  ]);

describe('sharedScenario', () => {
  it('gives the same object for copies with the same content', () => {
    const a = scenarios().get('baltic-tripwire')!;
    const b = structuredClone(scenarios().get('baltic-tripwire')!);
    expect(b).not.toBe(a);
    expect(sharedScenario(a)).toBe(sharedScenario(b));
  });

  it('keeps copies that differ apart, however small the difference', () => {
    const a = scenarios().get('ukraine-ceasefire')!;
    const edited = { ...structuredClone(a), title: { ...a.title, en: `${a.title.en} (edited)` } };
    expect(sharedScenario(edited)).not.toBe(sharedScenario(a));
    expect(sharedScenario(edited).title).toBe(edited.title);
  });

  it('swaps only the scenario of a state, and leaves a state already sharing it as it is', () => {
    const one: ExerciseState = created(structuredClone(scenarios().get('baltic-tripwire')!));
    const two: ExerciseState = created(structuredClone(scenarios().get('baltic-tripwire')!));
    const shared = withSharedScenario(one);
    expect(withSharedScenario(two).scenario).toBe(shared.scenario);
    expect({ ...withSharedScenario(two), scenario: null }).toEqual({ ...two, scenario: null });
    expect(withSharedScenario(shared)).toBe(shared);
  });
});
