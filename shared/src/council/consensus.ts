// When a draft is adopted: every ally supports (a reservation counts), or silence passes unbroken.
import { isBlocking, isSupportive, LIVE_DRAFT_STATUSES, type AdoptionRoute } from '../model/council';
import { hoursBetween, latest } from '../time/gameTime';
import type { DraftAdopted } from '../engine/events';
import type { Draft, ExerciseState } from '../engine/state';

export const isLive = (draft: Draft): boolean => LIVE_DRAFT_STATUSES.includes(draft.status);

/** Game time consensus was reached, or null while any ally has not supported. */
export function consensusAt(state: ExerciseState, draft: Draft): string | null {
  let at = draft.tabledAt;
  for (const allyId of state.council.allyOrder) {
    const p = draft.positions[allyId];
    if (!p || !isSupportive(p.position)) return null;
    at = latest(at, p.at);
  }
  return at;
}

/** Allies whose objection or amendment request stops the draft. */
export const blockersOf = (state: ExerciseState, draft: Draft): string[] =>
  state.council.allyOrder.filter((id) => {
    const p = draft.positions[id];
    return p !== undefined && isBlocking(p.position);
  });

/** The live draft that carries an item, if any: an item sits on one live draft at a time. */
export const liveDraftWith = (state: ExerciseState, itemId: string): Draft | undefined =>
  state.council.draftOrder
    .map((id) => state.council.drafts[id])
    .find((d): d is Draft => d !== undefined && isLive(d) && d.itemIds.includes(itemId));

export function adoption(
  state: ExerciseState,
  draft: Draft,
  via: AdoptionRoute,
  gameTime: string,
  at: string,
): DraftAdopted {
  const latencyHours: Record<string, number> = {};
  for (const itemId of draft.itemIds) {
    const raisedAt = state.council.agenda[itemId]?.raisedAt ?? draft.tabledAt;
    latencyHours[itemId] = Math.round(hoursBetween(raisedAt, gameTime) * 100) / 100;
  }
  return { type: 'draftAdopted', draftId: draft.id, itemIds: draft.itemIds, via, gameTime, latencyHours, at };
}
