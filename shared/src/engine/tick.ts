// What the passing of wall-clock time makes happen: the server calls this on a timer.
import { emitter } from './emit';
import type { GameEvent } from './events';
import { advancePhase } from './rules/session/advance';
import type { ExerciseState, TickContext } from './state';

/**
 * Returns the events due at `now` (ISO wall time), or [] when nothing is due: a phase whose timer
 * ran out closes, and closing the decision phase plays out the turn's game time in the Council
 * (capitals nobody plays speak, silence deadlines pass). At most one phase closes per call, so a
 * server that was down does not race through a turn nobody saw; call it every second or so.
 */
export function tick(state: ExerciseState, ctx: TickContext): GameEvent[] {
  const { status, phaseEndsAt } = state.session;
  // A log under repair stands still until Control repairs it (ADR 0016).
  if (state.underRepair) return [];
  if (status !== 'running' || phaseEndsAt === null) return [];
  if (Date.parse(ctx.now) < Date.parse(phaseEndsAt)) return [];
  const b = emitter(state);
  advancePhase(b, ctx.now);
  return [...b.events];
}
