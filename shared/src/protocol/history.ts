// The `history` request: older messages of one channel, a page at a time (the view holds the recent ones).
import { z } from 'zod';
import type { ErrorCode } from './errors';
import type { ChannelMessageView } from '../visibility/channelsView';

export const HistoryRequestSchema = z.strictObject({
  channelId: z.string().min(1).max(64),
  /** The index in the channel's history of the first message the client holds (its view's `earlier`). */
  before: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  /** At most HISTORY_PAGE (100); that many when absent. */
  limit: z.number().int().min(1).max(100).optional(),
});
export type HistoryRequest = z.infer<typeof HistoryRequestSchema>;

export type HistoryReply =
  | {
      readonly ok: true;
      readonly channelId: string;
      /** Index of messages[0] in the channel's history: how many older ones remain. */
      readonly earlier: number;
      /** Oldest first, ending just before `before`. */
      readonly messages: readonly ChannelMessageView[];
    }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string };
