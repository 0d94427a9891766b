// The world keeps moving (ADR 0008): at adjudication, after the ceasefire's breaches are rolled and
// before the clock moves, the front moves, a strained deal may reopen, and the spending clock runs.
import type { Emitter } from '../engine/emit';
import type { ExerciseState } from '../engine/state';
import { moveCohesion } from './cohesion';
import { currentLevels } from './currents';
import { moveFront } from './front';
import { leverageLevel } from './leverage';
import { moveSpending, spendingYear, twoTierOf } from './spending';
import { reopenIfStrained } from './strain';

export function moveWorld(b: Emitter, to: string, at: string): void {
  moveFront(b, to, at);
  reopenIfStrained(b, to, at);
  moveSpending(b, to, at);
  moveCohesion(b, to, at);
}

/** The world's public meters at this moment: the attacker's leverage and the two-tier meter (null without them). */
export function worldMeters(state: ExerciseState): { leverage: number | null; twoTier: number | null } {
  const scenario = state.scenario.negotiation;
  const talks = state.negotiation;
  if (!scenario || !talks) return { leverage: null, twoTier: null };
  const rules = scenario.spending;
  const spending = talks.spending;
  return {
    leverage: leverageLevel(scenario, talks.front, currentLevels(scenario, state.injects)),
    twoTier:
      rules && spending ? twoTierOf(rules, spending.levels, spendingYear(rules, spending.turns)) : null,
  };
}
