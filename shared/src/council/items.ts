// Looks up a draft's catalogue items and the time its oldest item has been waiting since.
import type { CatalogueItem } from '../scenario/catalogue';
import type { Draft, ExerciseState } from '../engine/state';

export const catalogueItem = (state: ExerciseState, itemId: string): CatalogueItem | undefined =>
  state.scenario.catalogue.find((item) => item.id === itemId);

export const draftItems = (state: ExerciseState, draft: Pick<Draft, 'itemIds'>): CatalogueItem[] =>
  draft.itemIds.map((id) => catalogueItem(state, id)).filter((i): i is CatalogueItem => i !== undefined);

/** Game time the draft's oldest item was first raised: the pressure on holdouts grows from it. */
export function waitingSince(state: ExerciseState, draft: Draft): string {
  const times = draft.itemIds.map((id) => state.council.agenda[id]?.raisedAt ?? draft.tabledAt);
  return times.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b), draft.tabledAt);
}
