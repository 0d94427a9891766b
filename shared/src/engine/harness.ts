// Test and bot helpers: run commands as a seat or as Control and fold the events into the state.
import type { Command } from './commands';
import { decide } from './decide';
import type { GameEvent } from './events';
import { evolve } from './evolve';
import { actorFor } from './legal';
import type { DecideContext, ExerciseState } from './state';

export const WALL_START = '2026-11-23T10:00:00.000Z';

export function ctxFor(state: ExerciseState, seatId: string, now: string = WALL_START): DecideContext {
  return { actor: actorFor(state, seatId), now, newSeatTokenHash: `hash-${seatId}` };
}

/** Decides and applies a command; throws with the rejection's code when refused. */
export function run(state: ExerciseState, seatId: string, command: Command, now?: string): ExerciseState {
  return runLogged(state, seatId, command, now).state;
}

export function runLogged(
  state: ExerciseState,
  seatId: string,
  command: Command,
  now?: string,
): { state: ExerciseState; events: GameEvent[] } {
  const result = decide(state, command, ctxFor(state, seatId, now));
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return { state: result.value.reduce(evolve, state), events: result.value };
}

/** Claims seats for players, by seat id. */
export function seat(state: ExerciseState, ...seatIds: string[]): ExerciseState {
  return seatIds.reduce(
    (s, id) =>
      evolve(s, {
        type: 'seatClaimed',
        seatId: id,
        displayName: `Player ${id}`,
        tokenHash: `hash-${id}`,
        at: WALL_START,
      }),
    state,
  );
}

/** Control advances phases until the given phase (of this or the next turn) is open. */
export function advanceTo(state: ExerciseState, phase: ExerciseState['session']['phase']): ExerciseState {
  let s = state;
  for (let i = 0; i < 10 && s.session.phase !== phase; i++) s = run(s, 'control', { type: 'advancePhase' });
  if (s.session.phase !== phase) throw new Error(`never reached ${phase}`);
  return s;
}

/** Control plays whole turns: from any phase to the next turn's consultation, `turns` times. */
export function playTurns(state: ExerciseState, turns: number): ExerciseState {
  let s = state;
  for (let t = 0; t < turns; t++) {
    s = advanceTo(s, 'adjudication');
    s = advanceTo(s, 'consultation');
  }
  return s;
}
