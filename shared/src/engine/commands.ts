// Commands a client may send, validated at the boundary by zod before any rule sees them.
import { z } from 'zod';

const seatId = z.string().min(1).max(64);
export const displayName = z
  .string()
  .trim()
  .min(1, 'enter a name')
  .max(60, 'a name has at most 60 characters');

export const ClaimSeatCommand = z.object({
  type: z.literal('claimSeat'),
  seatId,
  displayName,
});

export const ReleaseSeatCommand = z.object({
  type: z.literal('releaseSeat'),
  seatId,
});

export const CommandSchema = z.discriminatedUnion('type', [ClaimSeatCommand, ReleaseSeatCommand]);

export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];
export const COMMAND_TYPES = CommandSchema.options.map((option) => option.shape.type.value);
