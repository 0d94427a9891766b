// Control answers a request for information; the answer is posted in its channel and linked to it.
import { own } from '../../../model/lookup';
import { findMessage, messageCount } from '../../../channels/state';
import { reject } from '../../../protocol/errors';
import { fail, ok, type Result } from '../../../protocol/result';
import type { CommandOf } from '../../commands';
import type { GameEvent } from '../../events';
import { notControl } from '../../guards';
import type { DecideContext, ExerciseState } from '../../state';
import { notTalking } from './guards';

export function answerRfi(
  state: ExerciseState,
  command: CommandOf<'answerRfi'>,
  ctx: DecideContext,
): Result<GameEvent[]> {
  const control = notControl(ctx.actor);
  if (control) return fail(reject('NOT_CONTROL', 'Only Control answers a request for information.'));
  const when = notTalking(state, ctx.actor);
  if (when) return fail(when);
  const rfi = findMessage(state.channels, command.messageId);
  const channel = rfi && own(state.channels.channels, rfi.channelId);
  if (!rfi || !channel)
    return fail(
      reject('NO_SUCH_MESSAGE', `There is no message "${command.messageId}".`, {
        reason: 'unknown',
        messageId: command.messageId,
      }),
    );
  if (rfi.template !== 'rfi') {
    return fail(reject('NOT_AN_RFI', 'That message is not a request for information.'));
  }
  if (rfi.answerId !== null) {
    return fail(reject('RFI_ANSWERED', 'That request for information has been answered already.'));
  }
  return ok([
    {
      type: 'rfiAnswered',
      rfiId: rfi.id,
      answerId: `${channel.id}.${messageCount(channel) + 1}`,
      channelId: channel.id,
      body: command.body,
      turn: state.clock.turn,
      gameTime: state.clock.time,
      at: ctx.now,
    },
  ]);
}
