// An exercise carried to another installation (ADR 0021) keeps its log event for event; only its
// identity changes: the first event names the new exercise id and code, and spells out the seed
// (which would otherwise be a hash of the old id), so every replay gives the same states. The
// archive carries no secret's hash (visibility/redact), so nobody can prove they hold a seat or an
// assistant key: held seats are released and live assistant keys revoked, by Control, and a running
// exercise arrives paused so its phase timer waits for Control.
import { reject } from '../protocol/errors';
import { fail, ok, type Result } from '../protocol/result';
import { hashSeed } from '../rng/sfc32';
import type { ExerciseCreated, GameEvent } from './events';
import { replay } from './replayLog';

export interface ExerciseIdentity {
  readonly exerciseId: string;
  readonly code: string;
}

/** The log under its new identity; throws if the events do not replay. */
export function movedLog(
  events: readonly GameEvent[],
  identity: ExerciseIdentity,
  at: string,
): Result<GameEvent[]> {
  const first = events[0];
  if (!first || first.type !== 'exerciseCreated') {
    return fail(reject('ARCHIVE_DAMAGED', 'The exercise log does not start with its creation.'));
  }
  const created: ExerciseCreated = {
    ...first,
    exerciseId: identity.exerciseId,
    code: identity.code,
    seed: first.seed ?? hashSeed(first.exerciseId),
  };
  const log: GameEvent[] = [created, ...events.slice(1)];
  const state = replay(log);
  for (const seatId of Object.keys(state.seats))
    log.push({ type: 'seatReleased', seatId, byControl: true, at });
  for (const [keyId, key] of Object.entries(state.console.assistants)) {
    if (!key.revoked) log.push({ type: 'assistantKeyRevoked', keyId, at });
  }
  if (state.session.status === 'running') log.push({ type: 'exercisePaused', at });
  return ok(log);
}
