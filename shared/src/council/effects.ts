// Applies the effects of an adopted decision or a fired inject: the one interpreter of effect data.
import { ALLY_ATTRIBUTE_RANGES } from '../model/council';
import { MEASURE_RANGES } from '../model/effects';
import type { Effect } from '../scenario/effects';
import type { AllyProfile, ExerciseState } from '../engine/state';

const clamp = (x: number, [lo, hi]: readonly [number, number]): number => Math.min(hi, Math.max(lo, x));
const round = (x: number): number => Math.round(x * 1e6) / 1e6;

type Touched = Pick<ExerciseState, 'measures' | 'flags' | 'council'>;

export function applyEffects<S extends Touched>(state: S, effects: readonly Effect[]): S {
  return effects.reduce(applyEffect, state);
}

function applyEffect<S extends Touched>(state: S, effect: Effect): S {
  switch (effect.kind) {
    case 'flag':
      return { ...state, flags: { ...state.flags, [effect.flag]: effect.value } };
    case 'measure': {
      const value = clamp(state.measures[effect.measure] + effect.delta, MEASURE_RANGES[effect.measure]);
      return { ...state, measures: { ...state.measures, [effect.measure]: round(value) } };
    }
    case 'allyAttribute':
      return mapAllies(state, effect.ally, (a) => ({
        ...a,
        [effect.attribute]: round(
          clamp(a[effect.attribute] + effect.delta, ALLY_ATTRIBUTE_RANGES[effect.attribute]),
        ),
      }));
    case 'allyElection':
      return mapAllies(state, effect.ally, (a) => ({ ...a, electionSoon: effect.electionSoon }));
    case 'allyDisposition':
      return mapAllies(state, effect.ally, (a) => {
        const now = a.dispositions[effect.item] ?? a.defaultDisposition;
        const value = round(clamp(now + effect.delta, [-1, 1]));
        return { ...a, dispositions: { ...a.dispositions, [effect.item]: value } };
      });
  }
}

function mapAllies<S extends Touched>(state: S, target: string, f: (a: AllyProfile) => AllyProfile): S {
  const allies = { ...state.council.allies };
  for (const id of target === '*' ? state.council.allyOrder : [target]) {
    const ally = allies[id];
    if (ally) allies[id] = f(ally);
  }
  return { ...state, council: { ...state.council, allies } };
}
