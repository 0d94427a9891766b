// The running state of one advance: applies each event as it is emitted so later rules see it.
import type { ForcesAuthority } from './authority';
import { evolveForces } from './evolve';
import type { DiceRecord, ForcesEvent } from './events';
import { Dice } from '../rng/sfc32';
import type { ForcesState } from './state';

export interface Step {
  state: ForcesState;
  readonly events: ForcesEvent[];
  readonly authority: ForcesAuthority;
  /** Projection mode: no dice (expected values instead), no Red plan, no combat. */
  readonly expected: boolean;
  /** Rolls shared by every unit doing the same thing in the same hour (e.g. one column's advance). */
  readonly shared: Map<string, number>;
  emit(event: ForcesEvent): void;
}

export function startStep(state: ForcesState, authority: ForcesAuthority, expected = false): Step {
  const step: Step = {
    state,
    events: [],
    authority,
    expected,
    shared: new Map(),
    emit(event) {
      step.events.push(event);
      step.state = evolveForces(step.state, event);
    },
  };
  return step;
}

/** Rolls with the state's PRNG and returns the record the event must carry. */
export function roll<T>(step: Step, f: (dice: Dice) => T): { value: T; dice: DiceRecord } {
  const dice = new Dice(step.state.rng);
  const value = f(dice);
  return { value, dice: { rolls: dice.rolls, rngAfter: dice.state } };
}
