// Commands a client may send, validated at the boundary by zod before any rule sees them.
import { z } from 'zod';
import { POSITION_PHRASES } from '../council/phrases';
import { ForcesCommandSchema } from '../forces/commands';
import { CHANNEL_COMMANDS } from '../channels/commands';
import { POSITIONS } from '../model/council';
import { nameSchema } from '../protocol/names';
import { NEGOTIATION_COMMANDS } from '../negotiation/commands';
import { CONSOLE_COMMANDS } from '../control/commands';
import { REVIEW_COMMANDS } from '../review/commands';

const seatId = z.string().min(1).max(64);
const refId = z.string().min(1).max(64);
const empty = <T extends string>(type: T) => z.object({ type: z.literal(type) });
/** A seat holder's name: normalised, nothing hidden (protocol/names.ts, ADR 0024). */
export const displayName = nameSchema(60, 'enter a name');
const draftText = z.string().trim().min(1, 'write the draft text').max(4000);
const itemIds = z
  .array(refId)
  .min(1, 'a draft decides at least one catalogue item')
  .max(8, 'a package bundles at most 8 items')
  .refine((ids) => new Set(ids).size === ids.length, 'list each item once');
/** Game hours a silence procedure runs: up to 30 days. */
export const SILENCE_HOURS = z.number().int().min(1).max(720);
const silenceHours = SILENCE_HOURS;

export const ClaimSeatCommand = z.object({ type: z.literal('claimSeat'), seatId, displayName });
export const ReleaseSeatCommand = z.object({ type: z.literal('releaseSeat'), seatId });

// Control's console.
export const StartExerciseCommand = empty('startExercise');
export const PauseExerciseCommand = empty('pauseExercise');
export const ResumeExerciseCommand = empty('resumeExercise');
export const AdvancePhaseCommand = empty('advancePhase');
export const EndExerciseCommand = empty('endExercise');
export const SetPhaseTimerCommand = z.object({
  type: z.literal('setPhaseTimer'),
  seconds: z.number().int().min(0).max(86_400),
});
export const ExtendPhaseCommand = z.object({
  type: z.literal('extendPhase'),
  /** Negative shortens. */
  seconds: z
    .number()
    .int()
    .min(-86_400)
    .max(86_400)
    .refine((s) => s !== 0, 'extend by a non-zero time'),
});
export const SetTurnStepCommand = z.object({
  type: z.literal('setTurnStep'),
  hours: z.number().int().min(1).max(168),
});
export const SetHotwashCommand = z.object({ type: z.literal('setHotwash'), enabled: z.boolean() });
export const FireInjectCommand = z.object({ type: z.literal('fireInject'), injectId: refId });
/** Back to the start of an earlier turn (or the current one); the log keeps what is set aside. */
export const RollBackCommand = z.object({
  type: z.literal('rollBack'),
  toTurn: z.number().int().min(1).max(10_000),
});
/** Sets aside the stored events from the first that cannot be applied (ADR 0016): the lead only. */
export const RepairLogCommand = z.object({
  type: z.literal('repairLog'),
  failedSeq: z.number().int().min(1).max(100_000_000),
});

// Every seat that owes a move.
export const SubmitMovesCommand = empty('submitMoves');

// The North Atlantic Council.
export const RequestItemCommand = z.object({
  type: z.literal('requestItem'),
  itemId: refId,
  note: z.string().trim().max(500).optional(),
});
export const TableDraftCommand = z.object({
  type: z.literal('tableDraft'),
  itemIds,
  /** Defaults to the catalogue texts of the items. */
  text: draftText.optional(),
  /** Put the draft under silence at once, with a deadline this many game hours ahead. */
  silenceHours: silenceHours.optional(),
});
export const AmendDraftCommand = z.object({
  type: z.literal('amendDraft'),
  draftId: refId,
  /** Defaults to the superseded draft's text, in every language it has. */
  text: draftText.optional(),
  /** A different bundle of items: a package deal. Defaults to the superseded draft's items. */
  itemIds: itemIds.optional(),
  /** Allies whose concerns the revision answers; defaults to those blocking the old draft. */
  accommodates: z.array(refId).max(40).optional(),
});
export const PlaceUnderSilenceCommand = z.object({
  type: z.literal('placeUnderSilence'),
  draftId: refId,
  hours: silenceHours,
});
export const WithdrawDraftCommand = z.object({ type: z.literal('withdrawDraft'), draftId: refId });
export const TakePositionCommand = z.object({
  type: z.literal('takePosition'),
  draftId: refId,
  position: z.enum(POSITIONS),
  /** The footnote of a reservation, the amendment asked for, or the reason for an objection. */
  text: z.string().trim().max(1000).optional(),
  /** A stand the sender did not word itself (a bot's): readers' clients word it (ADR 0019). */
  phrase: z.enum(POSITION_PHRASES).optional(),
});

export const CommandSchema = z.discriminatedUnion('type', [
  ClaimSeatCommand,
  ReleaseSeatCommand,
  StartExerciseCommand,
  PauseExerciseCommand,
  ResumeExerciseCommand,
  AdvancePhaseCommand,
  EndExerciseCommand,
  SetPhaseTimerCommand,
  ExtendPhaseCommand,
  SetTurnStepCommand,
  SetHotwashCommand,
  FireInjectCommand,
  RollBackCommand,
  RepairLogCommand,
  SubmitMovesCommand,
  RequestItemCommand,
  TableDraftCommand,
  AmendDraftCommand,
  PlaceUnderSilenceCommand,
  WithdrawDraftCommand,
  TakePositionCommand,
  ...CHANNEL_COMMANDS,
  // The negotiation (ADR 0008): proposeDraft, amendClause, initialClause, signDraft, walkOut.
  ...NEGOTIATION_COMMANDS,
  // The after-action record (ADR 0007): tagMoment, askHotwash, answerHotwash, unlockReview.
  ...REVIEW_COMMANDS,
  // Control's console (ADR 0009): repeatPhase, injectAdHoc, overrideResult, seats, bots, broadcast, assistants.
  ...CONSOLE_COMMANDS,
  // Forces orders keep their own names (alertUnit, deployUnit, grantUsConsent, …): engine/rules/forces.
  ...ForcesCommandSchema.options,
]);

export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
export const COMMAND_TYPES = CommandSchema.options.map((option) => option.shape.type.value);
