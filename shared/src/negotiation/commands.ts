// Negotiation commands, validated by zod at the boundary (ADR 0008).
import { z } from 'zod';

const refId = z.string().min(1).max(64);

export const ProposeDraftCommand = z.object({
  type: z.literal('proposeDraft'),
  /** The option drafted for each issue, by issue id; issues left out have no clause yet. */
  clauses: z
    .record(refId, refId)
    .refine(
      (c) => Object.keys(c).length >= 1 && Object.keys(c).length <= 30,
      'draft between 1 and 30 clauses',
    ),
});
export const AmendClauseCommand = z.object({
  type: z.literal('amendClause'),
  issueId: refId,
  optionId: refId,
});
export const InitialClauseCommand = z.object({
  type: z.literal('initialClause'),
  issueId: refId,
  /** The party initialling: only your own; defaults to your seat. */
  party: refId.optional(),
});
export const SignDraftCommand = z.object({ type: z.literal('signDraft') });
export const WalkOutCommand = z.object({
  type: z.literal('walkOut'),
  reason: z.string().trim().max(500).optional(),
});

/** A party that walked out comes back to the table, while the talks have not collapsed. */
export const ReturnToTalksCommand = z.object({ type: z.literal('returnToTalks') });

/** The Union's convener takes an EU-money clause ahead by enhanced cooperation, without the refusers. */
export const InvokeEnhancedCooperationCommand = z.object({
  type: z.literal('invokeEnhancedCooperation'),
  issueId: refId,
});

export const NEGOTIATION_COMMANDS = [
  ProposeDraftCommand,
  AmendClauseCommand,
  InitialClauseCommand,
  SignDraftCommand,
  WalkOutCommand,
  ReturnToTalksCommand,
  InvokeEnhancedCooperationCommand,
] as const;
export const NEGOTIATION_COMMAND_TYPES: readonly string[] = NEGOTIATION_COMMANDS.map(
  (c) => c.shape.type.value,
);
