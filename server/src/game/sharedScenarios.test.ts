import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay, type ExerciseState } from '@council/shared';
import { loadScenarios } from '../scenarios';
import { sharedScenario, withSharedCreation, withSharedScenario } from './sharedScenarios';

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

  it('replays a log on the shared scenario: what the state builds from it (the forces) is shared too', () => {
    const log = () =>
      [
        {
          type: 'exerciseCreated',
          exerciseId: 'x',
          code: 'X',
          title: 'x',
          createdAt: '2026-11-24T00:00:00.000Z',
          scenario: structuredClone(scenarios().get('baltic-tripwire')!),
          seed: 1,
        },
      ] as never[];
    const apart = [replay(log()), replay(log())];
    expect(apart[1]!.forces!.scenario.legs).not.toBe(apart[0]!.forces!.scenario.legs);
    const one = replay(withSharedCreation(log()));
    const two = replay(withSharedCreation(log()));
    expect(two.scenario).toBe(one.scenario);
    expect(two.forces!.scenario.legs).toBe(one.forces!.scenario.legs);
    const unit = Object.keys(one.forces!.units)[0]!;
    expect(two.forces!.units[unit]!.name).toBe(one.forces!.units[unit]!.name);
    expect(two).toEqual(apart[1]);
  });
});
