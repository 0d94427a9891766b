// Forces commands, validated at the boundary by zod; imperative names, one rule file each.
import { z } from 'zod';
import { ESCALATION_RUNGS, NUCLEAR_SIGNALS } from './escalation';

const id = z.string().min(1).max(64);

export const ForcesCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('alertUnit'), unitId: id }),
  z.object({ type: z.literal('assignToNato'), unitId: id }),
  z.object({ type: z.literal('stageUnit'), unitId: id }),
  /** Across borders; SACEUR needs the NAC's authority for it. */
  z.object({ type: z.literal('deployUnit'), unitId: id, destination: id }),
  /** Within the country the unit stands in (or, for Red, anywhere: an attack). */
  z.object({ type: z.literal('moveUnit'), unitId: id, destination: id }),
  z.object({ type: z.literal('haltUnit'), unitId: id }),
  z.object({ type: z.literal('interdictRoute'), legId: id, hours: z.number().int().min(1).max(72) }),
  z.object({ type: z.literal('signalNuclear'), signal: z.enum(NUCLEAR_SIGNALS) }),
  z.object({
    type: z.literal('setEscalation'),
    rung: z.enum(ESCALATION_RUNGS),
    rationale: z.string().min(1).max(500),
  }),
  z.object({ type: z.literal('setRedControl'), mode: z.enum(['scripted', 'human']) }),
  /** The US delegation (or Control for it) lets SACEUR move US national forces, or withdraws that. */
  z.object({ type: z.literal('grantUsConsent'), granted: z.boolean() }),
]);

export type ForcesCommand = z.infer<typeof ForcesCommandSchema>;
export type ForcesCommandType = ForcesCommand['type'];
export type ForcesCommandOf<T extends ForcesCommandType> = Extract<ForcesCommand, { type: T }>;
export const FORCES_COMMAND_TYPES = ForcesCommandSchema.options.map((o) => o.shape.type.value);
