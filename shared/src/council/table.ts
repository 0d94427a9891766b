// Tabling a draft: each capital's instruction time is rolled now, and silence may start at once.
import { roller } from '../rng/sfc32';
import { addHours, isBefore, latest } from '../time/gameTime';
import type { Emitter } from '../engine/emit';
import type { SilenceStarted } from '../engine/events';
import type { Draft, ExerciseState } from '../engine/state';
import { SILENCE_MARGIN_HOURS } from './calibration';
import { instructionHours } from './instructions';
import { draftItems } from './items';
import type { Locale } from '../model/vocabulary';
import type { LocalisedText, Wording } from '../scenario/text';

export interface Tabling {
  readonly itemIds: readonly string[];
  readonly text: Wording;
  readonly supersedes: Draft | null;
  readonly accommodates: readonly string[];
  readonly silenceHours?: number | undefined;
}

export function tableDraft(b: Emitter, tabling: Tabling, at: string): string {
  const state = b.state;
  const gameTime = state.clock.time;
  const revision = tabling.supersedes ? tabling.supersedes.revision + 1 : 1;
  const items = draftItems(state, tabling);
  const rng = roller(state.rng);
  const instructionsAt: Record<string, string> = {};
  for (const allyId of state.council.allyOrder) {
    const ally = state.council.allies[allyId];
    if (ally) instructionsAt[allyId] = addHours(gameTime, instructionHours(ally, items, revision, rng));
  }
  const draftId = `d${state.council.draftOrder.length + 1}`;
  b.emit({
    type: 'draftTabled',
    draftId,
    revision,
    supersedes: tabling.supersedes?.id ?? null,
    itemIds: tabling.itemIds,
    text: tabling.text,
    accommodates: tabling.accommodates,
    gameTime,
    instructionsAt,
    rng: rng.state(),
    at,
  });
  const draft = b.state.council.drafts[draftId];
  if (tabling.silenceHours && draft) b.emit(silence(b.state, draft, tabling.silenceHours, at));
  return draftId;
}

/** Capitals still waiting for instructions get them in time to break silence if they must. */
export function silence(state: ExerciseState, draft: Draft, hours: number, at: string): SilenceStarted {
  const gameTime = state.clock.time;
  const deadline = addHours(gameTime, hours);
  const lastCall = latest(addHours(deadline, -SILENCE_MARGIN_HOURS), gameTime);
  const instructionsAt: Record<string, string> = {};
  for (const [allyId, due] of Object.entries(draft.instructionsAt)) {
    if (!draft.positions[allyId] && isBefore(lastCall, due)) instructionsAt[allyId] = lastCall;
  }
  return { type: 'silenceStarted', draftId: draft.id, deadline, instructionsAt, gameTime, at };
}

/** The chair's default text: the catalogue texts of the items, one paragraph each. */
export function defaultText(state: ExerciseState, itemIds: readonly string[]): LocalisedText {
  const items = draftItems(state, { itemIds });
  const joined = (locale: Locale) => items.map((item) => item.text[locale]).join('\n\n');
  return { en: joined('en'), fr: joined('fr') };
}
