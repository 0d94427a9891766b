// The scenario's rules for channels: whether seats may talk to the adversary, what observers read.
import { z } from 'zod';
import { OBSERVER_ACCESS } from '../model/channels';
import { id } from './common';

export const ChannelRulesSchema = z.object({
  /** Seats may open a channel with the adversary (Red seats and `adversaries`). */
  backChannels: z.boolean().default(false),
  /** Seats besides Red ones that count as the adversary, e.g. Russia as a party in a negotiation. */
  adversaries: z.array(id).default([]),
  /** What observers read until Control changes it: public statements only, or every channel. */
  observers: z.enum(OBSERVER_ACCESS).default('public'),
  /**
   * How much an ally's first public statement in a turn moves its own public opinion (−1…1 scale);
   * 0 turns it off. A designer's estimate: a small nudge, so statements matter but cannot be spammed.
   */
  statementOpinionShift: z.number().min(0).max(0.2).default(0.02),
});

export type ChannelRules = z.infer<typeof ChannelRulesSchema>;

export const DEFAULT_CHANNEL_RULES: ChannelRules = {
  backChannels: false,
  adversaries: [],
  observers: 'public',
  statementOpinionShift: 0.02,
};

/** Every `adversaries` entry names a seat of the scenario. */
export function checkChannelReferences(
  scenario: { seats: { id: string }[]; channels: ChannelRules },
  ctx: z.RefinementCtx,
): void {
  const seats = new Set(scenario.seats.map((s) => s.id));
  scenario.channels.adversaries.forEach((seatId, index) => {
    if (!seats.has(seatId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['channels', 'adversaries', index],
        message: `no seat "${seatId}"`,
      });
    }
  });
}
