// What a viewer may see of the after-action record. Control sees it all; observers see the tags
// (they make them); a seat sees the questions put to it and its own answers. Once Control unlocks
// the review, every seat sees every tag, question and answer.
import type { ExerciseState } from '../engine/state';
import { isAskedOf } from '../review/rules';
import type { HotwashAnswer, MomentTag } from '../review/state';
import type { Audience } from './audience';

export interface HotwashQuestionView {
  readonly id: string;
  readonly question: string;
  readonly turn: number;
  readonly gameTime: string;
  readonly seq: number;
  /** Control and an unlocked review only: who the question was put to. */
  readonly audience?: 'all' | readonly string[];
  /** Whether the viewer's own seat was asked (false for Control). */
  readonly askedOfYou: boolean;
  /** The viewer's own answer, if any. */
  readonly yourAnswer: string | null;
  /** Every answer for Control and after unlocking; otherwise the viewer's own only. */
  readonly answers: readonly HotwashAnswer[];
}

export interface ReviewView {
  readonly unlocked: boolean;
  /** True when this viewer may read the whole record (Control, or any seat once unlocked). */
  readonly fullRecord: boolean;
  readonly tags: readonly MomentTag[];
  readonly hotwash: readonly HotwashQuestionView[];
}

export function reviewView(state: ExerciseState, audience: Audience): ReviewView {
  const { review } = state;
  const full = audience.isControl || review.unlocked;
  const seatId = audience.seatId;
  const seesTags = full || audience.kind === 'observer';
  return {
    unlocked: review.unlocked,
    fullRecord: full,
    tags: seesTags ? review.tags : [],
    hotwash: review.questions.flatMap((q): HotwashQuestionView[] => {
      const asked = seatId !== null && !audience.isControl && isAskedOf(q, seatId);
      if (!full && !asked) return [];
      const own = seatId === null ? undefined : q.answers.find((a) => a.seatId === seatId);
      return [
        {
          id: q.id,
          question: q.question,
          turn: q.turn,
          gameTime: q.gameTime,
          seq: q.seq,
          ...(full ? { audience: q.audience } : {}),
          askedOfYou: asked,
          yourAnswer: own?.text ?? null,
          answers: full ? q.answers : own ? [own] : [],
        },
      ];
    }),
  };
}
