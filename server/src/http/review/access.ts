// Who is reading the review: Control with the exercise's control key, or a seat with its seat token.
// A seat reads its own review always, and the full record only once Control has unlocked it.
import type { Request } from 'express';
import type { GameEvent } from '@council/shared';
import { hashSecret, secretMatches } from '../../auth/secrets';
import type { ExerciseRecord } from '../../store/exercises';
import { replayer } from './replayer';

export const CONTROL_KEY_HEADER = 'x-control-key';
export const SEAT_TOKEN_HEADER = 'x-seat-token';

export type Reader =
  | { readonly kind: 'control' }
  | { readonly kind: 'seat'; readonly seatId: string; readonly unlocked: boolean }
  | { readonly kind: 'nobody' };

/** The reader of a request; a seat token is looked up in the log's last state (by the replay worker). */
export async function readerOf(
  req: Request,
  record: ExerciseRecord,
  events: readonly GameEvent[],
): Promise<Reader> {
  const key = req.get(CONTROL_KEY_HEADER);
  if (key && secretMatches(key, record.controlKeyHash)) return { kind: 'control' };
  const token = req.get(SEAT_TOKEN_HEADER);
  if (!token) return { kind: 'nobody' };
  const answer = await replayer.ask(record.id, events, { kind: 'reader', tokenHash: hashSecret(token) });
  if (answer.kind !== 'reader' || !answer.seatId) return { kind: 'nobody' };
  return { kind: 'seat', seatId: answer.seatId, unlocked: answer.unlocked };
}
