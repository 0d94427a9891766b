// The after-action record kept beside the game: tags, hot wash questions and answers, and the lock.
import type { TagKind } from './commands';

export interface MomentTag {
  readonly id: string;
  readonly seq: number;
  readonly kind: TagKind;
  readonly note: string;
  readonly by: string | null;
  readonly at: string;
}

export interface HotwashAnswer {
  readonly seatId: string;
  readonly text: string;
  readonly at: string;
}

export interface HotwashQuestion {
  readonly id: string;
  readonly question: string;
  readonly audience: 'all' | readonly string[];
  readonly turn: number;
  readonly gameTime: string;
  readonly at: string;
  /** Sequence number of the event that asked it. */
  readonly seq: number;
  readonly answers: readonly HotwashAnswer[];
}

export interface ReviewState {
  readonly tags: readonly MomentTag[];
  readonly questions: readonly HotwashQuestion[];
  /** Until Control unlocks it, a seat's review shows only what that seat saw. */
  readonly unlocked: boolean;
}

export const EMPTY_REVIEW: ReviewState = { tags: [], questions: [], unlocked: false };

/** Bounds on the record, so a flood of tags cannot grow the state without end. */
export const MAX_TAGS = 500;
export const MAX_QUESTIONS = 100;
