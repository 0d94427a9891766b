// A reader marks a channel read up to a message; Control opens or closes the channels to observers.
import { own } from '../../../model/lookup';
import { readerKey } from '../../../channels/access';
import { messageIndex } from '../../../channels/state';
import { reject } from '../../../protocol/errors';
import { fail, ok, type Result } from '../../../protocol/result';
import type { CommandOf } from '../../commands';
import type { GameEvent } from '../../events';
import { notControl } from '../../guards';
import type { DecideContext, ExerciseState } from '../../state';
import { channelFor, isRejection } from './guards';

/** Reading is allowed at any time, even after the end; marking an older message read is refused. */
export function markRead(
  state: ExerciseState,
  command: CommandOf<'markRead'>,
  ctx: DecideContext,
): Result<GameEvent[]> {
  const reader = readerKey(ctx.actor);
  if (reader === null)
    return fail(reject('NOT_IN_CHANNEL', 'Take a seat to follow its channels.', { reason: 'noSeat' }));
  const channel = channelFor(state, ctx.actor, command.channelId, 'read');
  if (isRejection(channel)) return fail(channel);
  const index = messageIndex(channel, command.messageId);
  if (index < 0) {
    return fail(
      reject('NO_SUCH_MESSAGE', `Channel "${channel.id}" has no message "${command.messageId}".`, {
        reason: 'unknown',
        messageId: command.messageId,
      }),
    );
  }
  const reads = own(state.channels.reads, reader);
  const last = reads && own(reads, channel.id);
  if (last !== undefined && messageIndex(channel, last) >= index) {
    return fail(
      reject('NOTHING_TO_DO', `You have already read up to "${command.messageId}".`, {
        reason: 'alreadyRead',
      }),
    );
  }
  return ok([
    {
      type: 'channelRead',
      seatId: ctx.actor.isControl ? null : ctx.actor.seatId,
      channelId: channel.id,
      messageId: command.messageId,
      at: ctx.now,
    },
  ]);
}

export function setObserverAccess(
  state: ExerciseState,
  command: CommandOf<'setObserverAccess'>,
  ctx: DecideContext,
): Result<GameEvent[]> {
  const control = notControl(ctx.actor);
  if (control) return fail(control);
  if (state.session.status === 'ended')
    return fail(reject('WRONG_PHASE', 'The exercise has ended.', { reason: 'ended' }));
  if (state.channels.observerAccess === command.access) {
    const what = command.access === 'all' ? 'every channel' : 'public statements only';
    return fail(
      reject('BAD_REQUEST', `Observers already read ${what}.`, {
        reason: 'observerAccess',
        access: command.access,
      }),
    );
  }
  return ok([{ type: 'observerAccessSet', access: command.access, at: ctx.now }]);
}
