// Plays out a window of game time in the council, in time order: capitals nobody plays speak when
// their instructions or reviews come due, and silence deadlines pass.
import { isBlocking } from '../model/council';
import { isAtOrBefore, isBefore, latest } from '../time/gameTime';
import type { Emitter } from '../engine/emit';
import type { ExerciseState } from '../engine/state';
import { isAutomated } from './allies';
import { capitalPosition } from './capital';
import { adoption, isLive } from './consensus';
import { recordPosition } from './record';

interface Due {
  readonly time: string;
  /** Capitals speak before a deadline that falls at the same minute. */
  readonly rank: 0 | 1;
  readonly draftId: string;
  readonly allyId: string | null;
}

export function resolveWindow(b: Emitter, until: string, at: string): void {
  for (let step = 0; step < 100_000; step++) {
    const due = nextDue(b.state, until);
    if (!due) return;
    const draft = b.state.council.drafts[due.draftId];
    if (!draft) return;
    if (due.allyId === null) b.emit(adoption(b.state, draft, 'silence', due.time, at));
    else recordPosition(b, capitalPosition(b.state, draft, due.allyId, due.time, at));
  }
  throw new Error('the council did not settle within the window');
}

function nextDue(state: ExerciseState, until: string): Due | null {
  const from = state.clock.time;
  let best: Due | null = null;
  const consider = (due: Due) => {
    if (!best || isBefore(due.time, best.time) || (due.time === best.time && due.rank < best.rank))
      best = due;
  };
  for (const draftId of state.council.draftOrder) {
    const draft = state.council.drafts[draftId];
    if (!draft || !isLive(draft)) continue;
    if (draft.status === 'silence' && draft.silenceDeadline && isAtOrBefore(draft.silenceDeadline, until)) {
      consider({ time: latest(draft.silenceDeadline, from), rank: 1, draftId, allyId: null });
    }
    for (const allyId of state.council.allyOrder) {
      if (!isAutomated(state, allyId)) continue;
      const p = draft.positions[allyId];
      // A stand a departed player left has no review date: the capital reviews it straight away.
      const when = !p
        ? draft.instructionsAt[allyId]
        : isBlocking(p.position)
          ? (p.reviewAt ?? latest(p.at, from))
          : null;
      if (when && isAtOrBefore(when, until)) consider({ time: latest(when, from), rank: 0, draftId, allyId });
    }
  }
  return best;
}
