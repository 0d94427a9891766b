// Control's console commands beyond the clocks: repeat a phase, ad-hoc injects, overrides, seats,
// bots, broadcasts and the Control team (ADR 0009). Validated by zod at the boundary.
import { z } from 'zod';
import { POSITIONS } from '../model/council';
import { MEASURE_RANGES, MEASURES } from '../model/effects';
import { SIDES } from '../forces/vocabulary';
import { nameSchema } from '../protocol/names';

const seatId = z.string().min(1).max(64);
const refId = z.string().min(1).max(64);
const name = nameSchema(60, 'enter a name');

/** Overrides must say why: the after-action review lists every one with its rationale. */
export const MIN_RATIONALE_LENGTH = 10;
const rationale = z
  .string()
  .trim()
  .min(MIN_RATIONALE_LENGTH, `give a rationale of at least ${MIN_RATIONALE_LENGTH} characters`)
  .max(2000);

/** How far an inject moves a measure, either way. */
export const MEASURE_DELTA = z.number().min(-100).max(100);
/** A unit's strength in whole percent. */
export const UNIT_STRENGTH = z.number().int().min(0).max(100);

export const RepeatPhaseCommand = z.object({ type: z.literal('repeatPhase') });

export const InjectAdHocCommand = z.object({
  type: z.literal('injectAdHoc'),
  title: nameSchema(120, 'give the inject a title'),
  body: z.string().trim().min(1, 'write the inject text').max(4000),
  /** Everyone, or only these seats: nobody else receives a byte of it. */
  audience: z.union([
    z.literal('all'),
    z
      .array(seatId)
      .min(1, 'choose at least one seat')
      .max(64)
      .refine((ids) => new Set(ids).size === ids.length, 'list each seat once'),
  ]),
  /** Changes to the alliance's measures the inject brings (added, then kept within range). */
  measureEffects: z
    .array(z.object({ measure: z.enum(MEASURES), delta: MEASURE_DELTA }))
    .max(MEASURES.length)
    .optional(),
});

const MeasureOverride = z
  .object({ kind: z.literal('measure'), measure: z.enum(MEASURES), value: z.number() })
  .refine(
    (o) => o.value >= MEASURE_RANGES[o.measure][0] && o.value <= MEASURE_RANGES[o.measure][1],
    'the value is outside the measure’s range',
  );
const PositionOverride = z.object({
  kind: z.literal('position'),
  draftId: refId,
  allyId: refId,
  position: z.enum(POSITIONS),
});
/** A unit's strength after a battle, in whole percent; see ADR 0009 for destroyed units. */
const UnitStrengthOverride = z.object({
  kind: z.literal('unitStrength'),
  unitId: refId,
  strength: UNIT_STRENGTH,
});
/** Which side holds a place: gives back a place the model had captured, or hands it over. */
const PlaceControlOverride = z.object({
  kind: z.literal('placeControl'),
  placeId: refId,
  side: z.enum(SIDES),
});
export const OverrideTargetSchema = z.union([
  MeasureOverride,
  PositionOverride,
  UnitStrengthOverride,
  PlaceControlOverride,
]);
export type OverrideTarget = z.infer<typeof OverrideTargetSchema>;

export const OverrideResultCommand = z.object({
  type: z.literal('overrideResult'),
  target: OverrideTargetSchema,
  rationale,
  /** A position override: whether players read the rationale beside "set by Control". */
  shareRationale: z.boolean().optional(),
});

export const AssignSeatCommand = z.object({ type: z.literal('assignSeat'), seatId, displayName: name });
export const SwapSeatsCommand = z.object({ type: z.literal('swapSeats'), a: seatId, b: seatId });
export const HandSeatToBotCommand = z.object({ type: z.literal('handSeatToBot'), seatId });
export const TakeSeatFromBotCommand = z.object({ type: z.literal('takeSeatFromBot'), seatId });
export const BroadcastCommand = z.object({
  type: z.literal('broadcast'),
  text: z.string().trim().min(1, 'write the message').max(1000),
});
export const IssueAssistantKeyCommand = z.object({ type: z.literal('issueAssistantKey'), name });
export const RevokeAssistantKeyCommand = z.object({ type: z.literal('revokeAssistantKey'), keyId: refId });

export const CONSOLE_COMMANDS = [
  RepeatPhaseCommand,
  InjectAdHocCommand,
  OverrideResultCommand,
  AssignSeatCommand,
  SwapSeatsCommand,
  HandSeatToBotCommand,
  TakeSeatFromBotCommand,
  BroadcastCommand,
  IssueAssistantKeyCommand,
  RevokeAssistantKeyCommand,
] as const;

export const CONSOLE_COMMAND_TYPES = [
  'repeatPhase',
  'injectAdHoc',
  'overrideResult',
  'assignSeat',
  'swapSeats',
  'handSeatToBot',
  'takeSeatFromBot',
  'broadcast',
  'issueAssistantKey',
  'revokeAssistantKey',
] as const;
export type ConsoleCommandType = (typeof CONSOLE_COMMAND_TYPES)[number];

/** Commands whose reply carries a fresh secret the server makes: a seat token or an assistant key. */
export const COMMANDS_WITH_SECRET: readonly string[] = ['claimSeat', 'assignSeat', 'issueAssistantKey'];
