// Validates a command against the state and says what happened; never mutates, never rolls hidden dice.
import type { Result } from '../protocol/result';
import type { Command } from './commands';
import type { GameEvent } from './events';
import { claimSeat } from './rules/claimSeat';
import { releaseSeat } from './rules/releaseSeat';
import type { DecideContext, ExerciseState } from './state';

export function decide(
  state: ExerciseState,
  command: Command,
  ctx: DecideContext,
): Result<GameEvent[]> {
  switch (command.type) {
    case 'claimSeat':
      return claimSeat(state, command, ctx);
    case 'releaseSeat':
      return releaseSeat(state, command, ctx);
  }
}
