// Commands of the after-action record (ADR 0007): tags on moments, the hot wash, unlocking the review.
import { z } from 'zod';

const refId = z.string().min(1).max(64);

export const TAG_KINDS = ['decision-point', 'friction', 'surprise', 'other'] as const;
export type TagKind = (typeof TAG_KINDS)[number];

export const TagMomentCommand = z.object({
  type: z.literal('tagMoment'),
  /** Sequence number of the event the tag marks (0 is the exercise's creation). */
  seq: z.number().int().min(0),
  kind: z.enum(TAG_KINDS),
  note: z.string().trim().max(1000).default(''),
});
export const AskHotwashCommand = z.object({
  type: z.literal('askHotwash'),
  question: z.string().trim().min(1, 'write the question').max(1000),
  /** Every seat, or the listed seats only. */
  audience: z.union([z.literal('all'), z.array(refId).min(1).max(40)]).default('all'),
});
export const AnswerHotwashCommand = z.object({
  type: z.literal('answerHotwash'),
  questionId: refId,
  text: z.string().trim().min(1, 'write an answer').max(4000),
});
export const UnlockReviewCommand = z.object({ type: z.literal('unlockReview') });

export const REVIEW_COMMANDS = [
  TagMomentCommand,
  AskHotwashCommand,
  AnswerHotwashCommand,
  UnlockReviewCommand,
] as const;
export type ReviewCommand = z.infer<(typeof REVIEW_COMMANDS)[number]>;
