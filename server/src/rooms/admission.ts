// Who a joining connection is: checks protocol version, join code, control key and seat token.
import {
  JoinOptionsSchema,
  nameIssue,
  PROTOCOL_VERSION,
  assistantKeyIdFor,
  seatForTokenHash,
  type Actor,
  type ExerciseState,
  type JoinOptions,
  type WhoAmIReply,
} from '@council/shared';
import { hashSecret, secretMatches } from '../auth/secrets';
import type { ExerciseRecord } from '../store/exercises';
import { joinError } from './joinErrors';

export function parseJoinOptions(options: unknown): JoinOptions {
  const version = (options as { protocolVersion?: unknown } | null)?.protocolVersion;
  if (version !== PROTOCOL_VERSION) {
    throw joinError(
      'PROTOCOL_MISMATCH',
      `This server speaks protocol ${PROTOCOL_VERSION}; your client speaks ${String(version)}. Reload the page to update it.`,
    );
  }
  const parsed = JoinOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const name = nameIssue(parsed.error.issues);
    if (name) throw joinError(name.code, name.message);
    throw joinError('BAD_REQUEST', parsed.error.issues.map((i) => i.message).join('; '));
  }
  return parsed.data;
}

export function admit(options: JoinOptions, record: ExerciseRecord, state: ExerciseState): Actor {
  // A stale token (seat released meanwhile) is not an error: the player simply joins unseated.
  if (options.controlKey === undefined) {
    const seatId = options.seatToken ? seatForTokenHash(state, hashSecret(options.seatToken)) : null;
    return { seatId, isControl: false };
  }
  // A Control connection plays no seat (ADR 0019): a seat token sent beside the key is ignored.
  const seatId = null;
  const controlName = options.controlName ?? 'Control';
  // The exercise's own key makes the lead; a live key the lead issued makes an assistant (ADR 0009).
  if (secretMatches(options.controlKey, record.controlKeyHash)) {
    return { seatId, isControl: true, controlRole: 'lead', controlName };
  }
  const keyId = assistantKeyIdFor(state.console, hashSecret(options.controlKey));
  if (keyId) return { seatId, isControl: true, controlRole: 'assistant', controlKeyId: keyId, controlName };
  throw joinError('BAD_CONTROL_KEY', 'That control key does not open this exercise.');
}

/** What a connection may know of itself: its Control role (the lead when the key was the exercise's own). */
export function whoAmI(actor: Actor): WhoAmIReply {
  return { controlRole: actor.isControl ? (actor.controlRole ?? 'lead') : null };
}
