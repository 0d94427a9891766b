// Records a position and what follows from it: silence broken, or consensus reached.
import { isBlocking } from '../model/council';
import { isAtOrBefore } from '../time/gameTime';
import type { Emitter } from '../engine/emit';
import type { PositionTaken } from '../engine/events';
import { adoption, consensusAt } from './consensus';

export function recordPosition(b: Emitter, event: PositionTaken): void {
  const before = b.state.council.drafts[event.draftId];
  b.emit(event);
  if (
    before?.status === 'silence' &&
    before.silenceDeadline &&
    isBlocking(event.position) &&
    isAtOrBefore(event.gameTime, before.silenceDeadline)
  ) {
    b.emit({
      type: 'silenceBroken',
      draftId: event.draftId,
      allyId: event.allyId,
      gameTime: event.gameTime,
      at: event.at,
    });
  }
  const draft = b.state.council.drafts[event.draftId];
  if (!draft) return;
  const reached = consensusAt(b.state, draft);
  if (reached) b.emit(adoption(b.state, draft, 'consensus', reached, event.at));
}
