// Alliance cohesion while the talks go on (ADR 0008): at each adjudication the Alliance's cohesion
// measure moves part of the way toward a level the world sets: lower as the alliance splits into two
// tiers of spenders, and lower for each drafted clause whose NATO commitment allies are blocking.
import type { Emitter } from '../engine/emit';
import type { ExerciseState } from '../engine/state';
import { nacConsentOf } from './nato';
import { worldMeters } from './world';
import type { CohesionRules } from './worldSchema';

/** What sets the level this turn: the two-tier meter and the clauses the Council blocks. */
export function cohesionTarget(state: ExerciseState, rules: CohesionRules) {
  const twoTier = worldMeters(state).twoTier ?? 0;
  const issues = state.scenario.negotiation?.issues ?? [];
  const blockedClauses = issues.filter((i) => nacConsentOf(state, i.id)?.status === 'blocked').length;
  const level = rules.base - rules.twoTierWeight * twoTier - rules.blockedWeight * blockedClauses;
  return { twoTier, blockedClauses, level: Math.min(100, Math.max(0, level)) };
}

export function moveCohesion(b: Emitter, to: string, at: string): void {
  const state = b.state;
  const rules = state.scenario.negotiation?.cohesion;
  if (!rules || !state.negotiation) return;
  const { twoTier, blockedClauses, level } = cohesionTarget(state, rules);
  const from = state.measures.cohesion;
  const next = Math.round((from + rules.pace * (level - from)) * 10) / 10;
  if (next === from) return;
  b.emit({
    type: 'allianceCohesionMoved',
    turn: state.clock.turn,
    from,
    to: next,
    twoTier: Math.round(twoTier * 1000) / 1000,
    blockedClauses,
    gameTime: to,
    at,
  });
}
