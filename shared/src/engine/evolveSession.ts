// Applies the events of the two clocks and the turn to the state.
import { applyEffects } from '../council/effects';
import { addSeconds, secondsBetween } from '../time/gameTime';
import type { SessionEvent } from './events/session';
import type { ExerciseState, SessionClock } from './state';

export function evolveSession(state: ExerciseState, event: SessionEvent): ExerciseState {
  const session = (patch: Partial<SessionClock>): ExerciseState => ({
    ...state,
    session: { ...state.session, ...patch },
  });
  const { session: s } = state;
  switch (event.type) {
    case 'exerciseStarted':
      return {
        ...session({ status: 'running' }),
        clock: { ...state.clock, turn: 0, time: event.gameTime },
      };
    case 'turnStarted':
      return { ...state, clock: { ...state.clock, turn: event.turn, time: event.gameTime } };
    case 'phaseStarted':
      return session({
        phase: event.phase,
        submitted: [],
        ...timer(s, event.at, event.seconds),
      });
    case 'exercisePaused':
      return session({
        status: 'paused',
        phaseEndsAt: null,
        remainingSeconds: s.phaseEndsAt ? Math.max(0, secondsBetween(event.at, s.phaseEndsAt)) : null,
      });
    case 'exerciseResumed':
      return session({
        status: 'running',
        phaseEndsAt: s.remainingSeconds === null ? null : addSeconds(event.at, s.remainingSeconds),
        remainingSeconds: null,
      });
    case 'phaseTimerSet':
      return session(timer(s, event.at, event.seconds));
    case 'turnStepChanged':
      return { ...state, clock: { ...state.clock, stepHours: event.hours } };
    case 'hotwashSet':
      return session({ hotwash: event.enabled });
    case 'gameClockAdvanced':
      return { ...state, clock: { ...state.clock, time: event.to } };
    case 'movesSubmitted':
      return session({ submitted: [...s.submitted, event.seatId] });
    case 'exerciseEnded':
      return session({ status: 'ended', phaseEndsAt: null, remainingSeconds: null });
    case 'injectFired': {
      const inject = state.scenario.injects.find((i) => i.id === event.injectId);
      const fired = { injectId: event.injectId, turn: event.turn, gameTime: event.gameTime };
      const next = { ...state, injects: [...state.injects, fired] };
      return inject ? applyEffects(next, inject.effects) : next;
    }
  }
}

/** A running timer is a wall-clock deadline; a paused one is the seconds left. */
function timer(
  s: SessionClock,
  at: string,
  seconds: number | null,
): Pick<SessionClock, 'phaseEndsAt' | 'remainingSeconds'> {
  if (seconds === null) return { phaseEndsAt: null, remainingSeconds: null };
  return s.status === 'paused'
    ? { phaseEndsAt: null, remainingSeconds: seconds }
    : { phaseEndsAt: addSeconds(at, seconds), remainingSeconds: null };
}
