// Commands of the channels, validated at the boundary by zod; the root CommandSchema includes them.
import { z } from 'zod';
import { CHANNEL_LIMITS, MESSAGE_TEMPLATES, OBSERVER_ACCESS } from '../model/channels';
import { nameSchema } from '../protocol/names';

const seatId = z.string().min(1).max(64);
const refId = z.string().min(1).max(80);
const uniqueSeats = (min: number, max: number, what: string) =>
  z
    .array(seatId)
    .min(min, `name at least ${min} ${what}`)
    .max(max, `at most ${max} ${what}`)
    .refine((ids) => new Set(ids).size === ids.length, 'list each seat once');
const body = z
  .string()
  .trim()
  .min(1, 'write the message')
  .max(CHANNEL_LIMITS.body, `a message has at most ${CHANNEL_LIMITS.body} characters`);

/** A bilateral or small-group channel; a seat opening one must be among its members. */
export const OpenChannelCommand = z.object({
  type: z.literal('openChannel'),
  members: uniqueSeats(2, CHANNEL_LIMITS.members, 'members'),
  /** Defaults to the members' labels. */
  name: nameSchema(CHANNEL_LIMITS.name, 'give the channel a name').optional(),
});

export const PostMessageCommand = z.object({
  type: z.literal('postMessage'),
  channelId: refId,
  template: z.enum(MESSAGE_TEMPLATES),
  subject: z.string().trim().max(CHANNEL_LIMITS.subject).optional(),
  body,
  /** Seats to call on; each must be able to read the channel. */
  mentions: uniqueSeats(0, CHANNEL_LIMITS.mentions, 'mentions').optional(),
});

/** Control answers a request for information in the channel it was asked in. */
export const AnswerRfiCommand = z.object({ type: z.literal('answerRfi'), messageId: refId, body });

/** The reader has read a channel up to and including this message. */
export const MarkReadCommand = z.object({ type: z.literal('markRead'), channelId: refId, messageId: refId });

/** Control opens every channel to observers, or closes them again to public statements. */
export const SetObserverAccessCommand = z.object({
  type: z.literal('setObserverAccess'),
  access: z.enum(OBSERVER_ACCESS),
});

export const CHANNEL_COMMANDS = [
  OpenChannelCommand,
  PostMessageCommand,
  AnswerRfiCommand,
  MarkReadCommand,
  SetObserverAccessCommand,
] as const;
