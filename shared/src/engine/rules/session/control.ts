// Control's console for the session: start, pause, resume, timers, turn step, hot wash, advance, end.
import { reject } from '../../../protocol/errors';
import { fail, ok, type Result } from '../../../protocol/result';
import type { CommandOf } from '../../commands';
import { emitter } from '../../emit';
import type { GameEvent } from '../../events';
import { notControl, notUnderway } from '../../guards';
import { notLead } from '../../../control/guards';
import type { DecideContext, ExerciseState } from '../../state';
import { normaliseInstant } from '../../../time/gameTime';
import { advancePhase, startTurn } from './advance';

export type ControlCommand = CommandOf<
  | 'startExercise'
  | 'pauseExercise'
  | 'resumeExercise'
  | 'advancePhase'
  | 'endExercise'
  | 'setPhaseTimer'
  | 'extendPhase'
  | 'setTurnStep'
  | 'setHotwash'
>;

export function controlRule(
  state: ExerciseState,
  command: ControlCommand,
  ctx: DecideContext,
): Result<GameEvent[]> {
  // Ending is for the lead alone: it cannot be undone (ADR 0009).
  const who = command.type === 'endExercise' ? notLead(ctx.actor) : notControl(ctx.actor);
  const problem = who ?? (command.type === 'startExercise' ? null : notUnderway(state));
  if (problem) return fail(problem);
  const at = ctx.now;
  switch (command.type) {
    case 'startExercise':
      return start(state, at);
    case 'pauseExercise':
      return state.session.status === 'running'
        ? ok([{ type: 'exercisePaused', at }])
        : fail(reject('WRONG_PHASE', 'The exercise is already paused.', { reason: 'alreadyPaused' }));
    case 'resumeExercise':
      return state.session.status === 'paused'
        ? ok([{ type: 'exerciseResumed', at }])
        : fail(reject('WRONG_PHASE', 'The exercise is not paused.', { reason: 'notPaused' }));
    case 'advancePhase': {
      const b = emitter(state);
      advancePhase(b, at);
      return ok([...b.events]);
    }
    case 'endExercise':
      return ok([{ type: 'exerciseEnded', at }]);
    case 'setPhaseTimer':
      return ok([{ type: 'phaseTimerSet', at, seconds: command.seconds }]);
    case 'extendPhase': {
      const left = secondsLeft(state, at);
      if (left === null) {
        return fail(reject('NO_PHASE_TIMER', 'This phase has no timer; set one first.'));
      }
      return ok([{ type: 'phaseTimerSet', at, seconds: Math.max(0, Math.round(left + command.seconds)) }]);
    }
    case 'setTurnStep':
      return ok([{ type: 'turnStepChanged', at, hours: command.hours }]);
    case 'setHotwash':
      return ok([{ type: 'hotwashSet', at, enabled: command.enabled }]);
  }
}

function start(state: ExerciseState, at: string): Result<GameEvent[]> {
  if (state.session.status !== 'lobby') {
    return fail(reject('WRONG_PHASE', 'The exercise has already started.', { reason: 'alreadyStarted' }));
  }
  const b = emitter(state);
  b.emit({ type: 'exerciseStarted', at, gameTime: normaliseInstant(state.scenario.startsAt) });
  startTurn(b, at);
  return ok([...b.events]);
}

/** Seconds left on the phase timer, or null when the phase is untimed. */
export function secondsLeft(state: ExerciseState, now: string): number | null {
  const { phaseEndsAt, remainingSeconds } = state.session;
  if (remainingSeconds !== null) return remainingSeconds;
  if (phaseEndsAt === null) return null;
  return Math.max(0, (Date.parse(phaseEndsAt) - Date.parse(now)) / 1000);
}
