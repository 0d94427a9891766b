// Events of the after-action record; their names never clash with the game's own.
import type { TagKind } from './commands';

export interface MomentTagged {
  readonly type: 'momentTagged';
  readonly tagId: string;
  /** The event the tag marks. */
  readonly seq: number;
  readonly kind: TagKind;
  readonly note: string;
  /** The observer seat that tagged; null for Control. */
  readonly by: string | null;
  /** Wall time. */
  readonly at: string;
}

export interface HotwashAsked {
  readonly type: 'hotwashAsked';
  readonly questionId: string;
  readonly question: string;
  readonly audience: 'all' | readonly string[];
  /** The turn just played (0 before the first adjudication). */
  readonly turn: number;
  readonly gameTime: string;
  readonly at: string;
}

export interface HotwashAnswered {
  readonly type: 'hotwashAnswered';
  readonly questionId: string;
  readonly seatId: string;
  readonly text: string;
  readonly at: string;
}

/** Control opens the full record to every seat's review. */
export interface ReviewUnlocked {
  readonly type: 'reviewUnlocked';
  readonly at: string;
}

export type ReviewEvent = MomentTagged | HotwashAsked | HotwashAnswered | ReviewUnlocked;

const TYPES: ReadonlySet<string> = new Set<ReviewEvent['type']>([
  'momentTagged',
  'hotwashAsked',
  'hotwashAnswered',
  'reviewUnlocked',
]);

export function isReviewEvent(event: { type: string }): event is ReviewEvent {
  return TYPES.has(event.type);
}
