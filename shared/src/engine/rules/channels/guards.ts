// Checks shared by the channel rules: when talk is allowed, and which channel a command names.
import { own } from '../../../model/lookup';
import { canPost } from '../../../channels/access';
import { canRead } from '../../../visibility/channelAccess';
import type { Channel } from '../../../channels/state';
import { reject, type Rejection } from '../../../protocol/errors';
import { notRunning, notUnderway } from '../../guards';
import type { Actor, ExerciseState } from '../../state';

/** Players talk while the game runs; Control also while it is paused (to explain the pause). */
export function notTalking(state: ExerciseState, actor: Actor): Rejection | null {
  return actor.isControl ? notUnderway(state) : notRunning(state);
}

/**
 * The channel, if it exists and the actor may post (or only read) in it. A refusal never repeats
 * the channel's name or members: the sender may not be allowed to know them.
 */
export function channelFor(
  state: ExerciseState,
  actor: Actor,
  channelId: string,
  need: 'post' | 'read',
): Channel | Rejection {
  const channel = own(state.channels.channels, channelId);
  if (!channel)
    return reject('NO_SUCH_CHANNEL', `There is no channel "${channelId}".`, { reason: 'unknown', channelId });
  const allowed = need === 'post' ? canPost(actor, channel) : canRead(state, actor, channel);
  if (allowed) return channel;
  return channel.kind === 'public'
    ? reject('NOT_IN_CHANNEL', 'Observers read public statements; they do not make them.', {
        reason: 'observer',
      })
    : reject('NOT_IN_CHANNEL', `You are not a member of channel "${channelId}".`, {
        reason: 'notMember',
        channelId,
      });
}

export const isRejection = (x: unknown): x is Rejection =>
  typeof x === 'object' && x !== null && 'code' in x && 'message' in x;
