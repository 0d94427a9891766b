// Runs game time forward: Red's plan, movement, then combat rounds; every outcome leaves as an event.
import type { ForcesAuthority } from './authority';
import { combatStep } from './battle';
import type { ForcesEvent } from './events';
import { computeMeasures } from './measures';
import { movementStep } from './movement';
import { redPlanStep } from './redPlan';
import { startStep } from './step';
import type { ForcesState } from './state';

export interface AdvanceOptions {
  /** Projection: expected values instead of dice, no Red plan and no combat. */
  readonly expected?: boolean;
  /**
   * Record the measures at `toGameHour` (the default). A caller that advances again before it
   * reads them may leave them out: they are computed from the state alone, never read by the rules.
   */
  readonly measures?: boolean;
}

/** Like advanceForces, but also hands back the state the events lead to (saves a second reduce). */
export function advanceWithState(
  state: ForcesState,
  toGameHour: number,
  authority: ForcesAuthority,
  opts: AdvanceOptions = {},
): { state: ForcesState; events: ForcesEvent[] } {
  const step = startStep(state, authority, opts.expected ?? false);
  for (let h = state.hour + 1; h <= toGameHour; h++) {
    if (!step.expected) redPlanStep(step, h);
    movementStep(step, h);
    if (!step.expected) combatStep(step, h);
  }
  if (toGameHour > state.hour) {
    if (!step.expected && opts.measures !== false) {
      const { measures, notes } = computeMeasures(step.state, toGameHour);
      step.emit({ type: 'measuresRecorded', measures, notes });
    }
    step.emit({ type: 'clockAdvanced', toHour: toGameHour });
  }
  return { state: step.state, events: step.events };
}

/** Moves, arrivals, Red's advance and combat for the game time up to `toGameHour`; dice are rolled here. */
export function advanceForces(
  state: ForcesState,
  toGameHour: number,
  authority: ForcesAuthority,
): ForcesEvent[] {
  return advanceWithState(state, toGameHour, authority).events;
}
