// Test fixture: the North Atlantic Council adopts what the text commits NATO to, through the
// Council's own commands: the chair tables the items, every seated ally supports once its capital's
// instructions are in, and turns pass until consensus (capitals nobody plays answer by the model).
import { decide } from '../engine/decide';
import { playTurns, run, ctxFor } from '../engine/harness';
import type { ExerciseState } from '../engine/state';
import { pendingNatoItems } from './nato';

/** The state once the Council has adopted `itemIds` (by default, what the text needs); throws if not within `turns`. */
export function nacAdopts(
  state: ExerciseState,
  itemIds: readonly string[] = pendingNatoItems(state),
  turns = 6,
): ExerciseState {
  if (itemIds.length === 0) return state;
  const chair = state.scenario.negotiation?.nato?.chair;
  const chairSeat = chair && state.seats[chair] ? chair : 'control';
  let s = run(state, chairSeat, { type: 'tableDraft', itemIds: [...itemIds] });
  const adopted = () => itemIds.every((id) => s.council.agenda[id]?.adoptedAt);
  for (let turn = 0; turn <= turns && !adopted(); turn++) {
    if (turn > 0) s = playTurns(s, 1);
    const draft = s.council.drafts[s.council.draftOrder.at(-1) ?? ''];
    if (!draft || draft.status === 'adopted') continue;
    for (const allyId of s.council.allyOrder) {
      if (!s.seats[allyId] || draft.positions[allyId]) continue;
      const support = { type: 'takePosition', draftId: draft.id, position: 'support' } as const;
      // A capital whose instructions arrive after this turn answers next turn.
      if (decide(s, support, ctxFor(s, allyId)).ok) s = run(s, allyId, support);
    }
  }
  if (!adopted()) throw new Error(`the Council did not adopt ${itemIds.join(', ')}`);
  return s;
}
