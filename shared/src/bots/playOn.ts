// Plays an exercise on with bots in every seat, as the server would, for analysis ("what if…").
import { MOVING_SEAT_KINDS } from '../model/vocabulary';
import type { Command } from '../engine/commands';
import { decide } from '../engine/decide';
import type { GameEvent } from '../engine/events';
import { evolve } from '../engine/evolve';
import { actorFor } from '../engine/legal';
import { waitingOn } from '../engine/rules/session/moves';
import type { ExerciseState } from '../engine/state';
import { hashSeed, seedRng, type RngState } from '../rng/sfc32';
import { addSeconds } from '../time/gameTime';
import { botBrief } from '../visibility/botBrief';
import { chooseBotCommand } from './policy';
import { isBotPlayable } from './tendencies';

export interface PlayOnOptions {
  /** Seeds every bot's PRNG (with the seat id), so the same seed plays the same game. */
  readonly seed: number;
  /** Turns to play from the current one; the run stops early if the exercise ends. */
  readonly turns: number;
  /** Wall time of the first beat; defaults to the exercise's creation time. */
  readonly now?: string;
  /** Beats each bot gets in each phase before Control moves on; default 4. */
  readonly beatsPerPhase?: number;
  /** Wall seconds between beats; default 15. */
  readonly beatSeconds?: number;
}

export interface PlayOnRun {
  readonly state: ExerciseState;
  /** The events the run appended, in order: `events.reduce(evolve, start)` gives `state`. */
  readonly events: readonly GameEvent[];
}

/** A seeded bot PRNG for one seat, the same in the server's driver and in simulations. */
export const botRng = (seed: number, seatId: string): RngState => seedRng(hashSeed(`${seed}:${seatId}`));

/**
 * Plays `turns` turns from `state`: seats a person could hold and nobody holds are handed to bots;
 * each beat every bot seat picks one command (chooseBotCommand) and it is decided and applied as the
 * server would; Control's part is scripted: start or resume the exercise, close each phase after its
 * beats, and at the end of the decision phase every seat still owing moves submits them. Pure.
 * Throws if the rules refuse a bot's command: bots choose among legal commands only.
 */
export function playOnLogged(start: ExerciseState, options: PlayOnOptions): PlayOnRun {
  const beats = options.beatsPerPhase ?? 4;
  const beatSeconds = options.beatSeconds ?? 15;
  let state = start;
  let now = options.now ?? start.createdAt;
  const events: GameEvent[] = [];
  const apply = (list: readonly GameEvent[]) => {
    for (const e of list) {
      events.push(e);
      state = evolve(state, e);
    }
  };
  const run = (seatId: string, command: Command) => {
    const result = decide(state, command, { actor: actorFor(state, seatId), now, newSeatTokenHash: '' });
    if (!result.ok) {
      throw new Error(
        `${seatId}: ${JSON.stringify(command)} refused: ${result.error.code} ${result.error.message}`,
      );
    }
    apply(result.value);
  };
  if (state.session.status === 'ended') return { state, events };
  const moving: readonly string[] = MOVING_SEAT_KINDS;
  const seats = state.scenario.seats.filter((s) => isBotPlayable(s.kind)).map((s) => s.id);
  // Control hands every empty seat a person could hold to a bot, as it would from the console.
  for (const seat of state.scenario.seats) {
    if (moving.includes(seat.kind) && !state.seats[seat.id])
      run('control', { type: 'handSeatToBot', seatId: seat.id });
  }
  if (state.session.status === 'lobby') run('control', { type: 'startExercise' });
  if (state.session.status === 'paused') run('control', { type: 'resumeExercise' });
  const rngs = new Map(seats.map((id) => [id, botRng(options.seed, id)]));
  const lastTurn = state.clock.turn + options.turns;
  while (state.session.status === 'running' && state.clock.turn < lastTurn) {
    const phase = state.session.phase;
    const turn = state.clock.turn;
    for (let beat = 0; beat < beats && state.session.phase === phase; beat++) {
      for (const seatId of seats) {
        const brief = botBrief(state, seatId, now);
        if (!brief) continue;
        const choice = chooseBotCommand(brief, rngs.get(seatId)!);
        rngs.set(seatId, choice.rng);
        if (choice.command) run(seatId, choice.command);
        if (state.session.phase !== phase || state.session.status !== 'running') break;
      }
      now = addSeconds(now, beatSeconds);
    }
    if (state.session.status !== 'running' || state.session.phase !== phase || state.clock.turn !== turn)
      continue;
    // Everyone submits at the end of the decision phase; the last submission closes it.
    for (const seatId of waitingOn(state)) run(seatId, { type: 'submitMoves' });
    if (state.session.phase === phase && state.clock.turn === turn) run('control', { type: 'advancePhase' });
  }
  return { state, events };
}

/** `playOnLogged` when only the final state matters. */
export function playOn(state: ExerciseState, options: PlayOnOptions): ExerciseState {
  return playOnLogged(state, options).state;
}
