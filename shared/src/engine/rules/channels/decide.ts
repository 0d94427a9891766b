// Routes the channel commands to their rules.
import type { Result } from '../../../protocol/result';
import type { CommandOf } from '../../commands';
import type { GameEvent } from '../../events';
import type { DecideContext, ExerciseState } from '../../state';
import { answerRfi } from './answerRfi';
import { markRead, setObserverAccess } from './markRead';
import { openChannel } from './openChannel';
import { postMessage } from './postMessage';

export type ChannelCommand = CommandOf<
  'openChannel' | 'postMessage' | 'answerRfi' | 'markRead' | 'setObserverAccess'
>;

export function decideChannels(
  state: ExerciseState,
  command: ChannelCommand,
  ctx: DecideContext,
): Result<GameEvent[]> {
  switch (command.type) {
    case 'openChannel':
      return openChannel(state, command, ctx);
    case 'postMessage':
      return postMessage(state, command, ctx);
    case 'answerRfi':
      return answerRfi(state, command, ctx);
    case 'markRead':
      return markRead(state, command, ctx);
    case 'setObserverAccess':
      return setObserverAccess(state, command, ctx);
  }
}
