// Forking (ADR 0012): a new exercise that branches off another at the start of one of its turns.
// Its log is the source's history as it counts up to there (set-aside stretches and rollback
// markers left out), under a new exerciseCreated; nobody holds a seat, and it waits paused with the
// turn's first phase timer full, so Control resumes once the players are in.
import { z } from 'zod';
import { reject, type Rejection } from '../protocol/errors';
import { fail, ok, type Result } from '../protocol/result';
import { hashSeed } from '../rng/sfc32';
import type { ExerciseCreated, GameEvent } from './events';
import { replay } from './replayLog';

export const ForkExerciseRequestSchema = z.object({
  turn: z.number().int().min(1).max(10_000),
  title: z.string().trim().min(1).max(120).optional(),
});
export type ForkExerciseRequest = z.infer<typeof ForkExerciseRequestSchema>;

export interface ForkExerciseResponse {
  readonly exerciseId: string;
  readonly code: string;
  /** Shown once to the facilitator; the server keeps only its hash. */
  readonly controlKey: string;
  readonly forkedFrom: NonNullable<ExerciseCreated['forkedFrom']>;
}

/** The new exercise's identity, made by the server. */
export interface ForkIdentity {
  readonly exerciseId: string;
  readonly code: string;
  readonly title: string;
  readonly createdAt: string;
}

const SEAT_EVENTS = new Set<GameEvent['type']>(['seatClaimed', 'seatReleased']);

/**
 * The events that count in the first `length` events of the log, in order: what a rollback set
 * aside is left out, and so are the rollback markers themselves.
 */
export function effectiveEvents(events: readonly GameEvent[], length: number = events.length): GameEvent[] {
  const memo = new Map<number, number[]>();
  const counting = (upTo: number): number[] => {
    const known = memo.get(upTo);
    if (known) return known;
    let kept: number[] = [];
    for (let seq = 0; seq < upTo && seq < events.length; seq++) {
      const event = events[seq]!;
      kept = event.type === 'rolledBack' ? [...counting(event.toSeq)] : [...kept, seq];
    }
    memo.set(upTo, kept);
    return kept;
  };
  return counting(length).map((seq) => events[seq]!);
}

/** The forked exercise's whole first log, or why there is none. */
export function forkLog(source: readonly GameEvent[], turn: number, fork: ForkIdentity): Result<GameEvent[]> {
  const first = source[0];
  if (!first || first.type !== 'exerciseCreated') {
    return fail(reject('INTERNAL_ERROR', 'The exercise log does not start with its creation.'));
  }
  const live = replay(source);
  const start = live.turnStarts.find((t) => t.turn === turn);
  if (!start) return fail(noSuchTurn(turn, live.clock.turn));
  const created: ExerciseCreated = {
    type: 'exerciseCreated',
    exerciseId: fork.exerciseId,
    code: fork.code,
    title: fork.title,
    createdAt: fork.createdAt,
    scenario: first.scenario,
    // The source's own seed, spelled out: the default seed is a hash of the exercise id.
    seed: first.seed ?? hashSeed(first.exerciseId),
    ...(first.variant ? { variant: first.variant } : {}),
    ...(first.assumptions ? { assumptions: first.assumptions } : {}),
    forkedFrom: { exerciseId: first.exerciseId, code: first.code, turn, seq: start.seq },
  };
  const history = effectiveEvents(source, start.seq)
    .slice(1)
    .filter((event) => !SEAT_EVENTS.has(event.type));
  const log: GameEvent[] = [created, ...history];
  const state = replay(log);
  const at = fork.createdAt;
  for (const seatId of Object.keys(state.seats))
    log.push({ type: 'seatReleased', seatId, byControl: true, at });
  if (state.session.status === 'running') log.push({ type: 'exercisePaused', at });
  const phase = state.session.phase;
  const seconds = phase ? state.session.phaseSeconds[phase] : 0;
  if (seconds > 0) log.push({ type: 'phaseTimerSet', at, seconds });
  return ok(log);
}

const noSuchTurn = (turn: number, played: number): Rejection =>
  reject('NO_SUCH_TURN', `There is no turn ${turn} to branch from; this run has turns 1 to ${played}.`, {
    reason: 'branch',
    turn,
    last: played,
  });
