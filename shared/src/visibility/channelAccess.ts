// Who may read a channel: the channels' one read rule, used by the view, the history pages and the
// commands that need a reader (posting, marking read).
import type { Channel } from '../channels/state';
import { seatKind } from '../channels/access';
import type { Actor, ExerciseState } from '../engine/state';

/**
 * Control reads every channel; everyone, seated or not, reads public statements; members read
 * their channels; observers read every channel only when the scenario or Control opens them up.
 */
export function canRead(state: ExerciseState, actor: Actor, channel: Channel): boolean {
  if (actor.isControl || channel.kind === 'public') return true;
  if (actor.seatId === null) return false;
  if (channel.members.includes(actor.seatId)) return true;
  return state.channels.observerAccess === 'all' && seatKind(state, actor.seatId) === 'observer';
}
