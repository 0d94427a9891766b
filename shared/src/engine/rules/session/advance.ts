// The turn machine: situation → consultation → decision → adjudication (→ hot wash) → next turn.
import { resolveWindow } from '../../../council/resolve';
import type { Phase } from '../../../model/vocabulary';
import { addHours } from '../../../time/gameTime';
import type { Emitter } from '../../emit';
import { advanceForcesTo } from '../../forces/advance';
import { rollImplementation } from '../../../negotiation/implementation';
import { moveWorld } from '../../../negotiation/world';
import { answerForAbsentMembers } from '../../../negotiation/capitals';

/** Closes the current phase and opens the next; closing the decision phase plays out the turn. */
export function advancePhase(b: Emitter, at: string): void {
  const { session, clock } = b.state;
  switch (session.phase) {
    case 'situation':
      return startPhase(b, 'consultation', at);
    case 'consultation':
      return startPhase(b, 'decision', at);
    case 'decision': {
      const to = addHours(clock.time, clock.stepHours);
      resolveWindow(b, to, at);
      // Capitals of EU members nobody plays answer the Union's money clauses, as allies' capitals do.
      answerForAbsentMembers(b, to, at);
      // Before the clock moves, so the turn's measures count how the signed deal held.
      rollImplementation(b, to, at);
      moveWorld(b, to, at);
      b.emit({ type: 'gameClockAdvanced', turn: clock.turn, from: clock.time, to, at });
      advanceForcesTo(b, to);
      return startPhase(b, 'adjudication', at);
    }
    case 'adjudication':
      return session.hotwash ? startPhase(b, 'hotwash', at) : startTurn(b, at);
    case 'hotwash':
      return startTurn(b, at);
    case null:
      return;
  }
}

export function startTurn(b: Emitter, at: string): void {
  const turn = b.state.clock.turn + 1;
  b.emit({ type: 'turnStarted', turn, gameTime: b.state.clock.time, at });
  startPhase(b, 'situation', at);
  fireDueInjects(b, at);
}

function startPhase(b: Emitter, phase: Phase, at: string): void {
  const seconds = b.state.session.phaseSeconds[phase];
  b.emit({
    type: 'phaseStarted',
    phase,
    turn: b.state.clock.turn,
    at,
    seconds: seconds > 0 ? seconds : null,
  });
}

/** The master events list's injects for this turn (and any earlier one missed) fire in order. */
function fireDueInjects(b: Emitter, at: string): void {
  const { scenario, clock } = b.state;
  for (const inject of scenario.injects) {
    if (inject.manual || inject.turn > clock.turn) continue;
    if (b.state.injects.some((f) => f.injectId === inject.id)) continue;
    b.emit({
      type: 'injectFired',
      injectId: inject.id,
      turn: clock.turn,
      gameTime: inject.at ?? clock.time,
      at,
      byControl: false,
    });
  }
}
