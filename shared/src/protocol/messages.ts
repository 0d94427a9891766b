// The wire protocol between browser and server: versions, join options, message names and replies.
import { z } from 'zod';
import type { ErrorCode } from './errors';
import type { RefusalParams } from './refusals';
import { nameSchema } from './names';
import type { ViewSync } from '../visibility/patch';
import type { Assumption } from '../analysis/schema';
import type { LocalisedText } from '../scenario/text';

/** Bumped on any change a client of the previous version could not understand. */
export const PROTOCOL_VERSION = 4;

/** Colyseus room name every exercise lives in. */
export const EXERCISE_ROOM = 'exercise';

/** Largest command a client may send, in bytes of its JSON form. */
export const MAX_COMMAND_BYTES = 16 * 1024;

export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
export const joinCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), 'a join code is 6 letters or digits');

export const JoinOptionsSchema = z.object({
  protocolVersion: z.number().int(),
  code: joinCode,
  controlKey: z.string().min(1).max(200).optional(),
  seatToken: z.string().min(1).max(200).optional(),
  /** The name a Control member joins with, shown to the Control team (ADR 0009). */
  controlName: nameSchema(60, 'enter a name').optional(),
});
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;

export const CreateExerciseRequestSchema = z.object({
  protocolVersion: z.number().int(),
  scenarioId: z.string().min(1).max(64),
  title: nameSchema(120, 'give the exercise a title'),
  /** A forces variant of the scenario (checkVariant); the scenario's default when absent. */
  variant: z.string().min(1).max(64).optional(),
  /**
   * Assumptions Control changes from the register's defaults (ADR 0027), key → value; each is checked
   * against the scenario's register (NO_SUCH_ASSUMPTION, ASSUMPTION_OUT_OF_BOUNDS).
   */
  assumptions: z
    .record(z.string().min(1).max(64), z.union([z.number(), z.string().max(64)]))
    .refine((r) => Object.keys(r).length <= 32, 'at most 32 assumptions')
    .optional(),
});
export type CreateExerciseRequest = z.infer<typeof CreateExerciseRequestSchema>;

export interface CreateExerciseResponse {
  readonly exerciseId: string;
  readonly code: string;
  /** Shown once to the facilitator; the server keeps only its hash. */
  readonly controlKey: string;
}

export interface ScenarioSummary {
  readonly id: string;
  readonly title: LocalisedText;
  readonly summary: LocalisedText;
  readonly seatCount: number;
  /** Forces variants (orders of battle) an exercise may be created with, the default first (variantsOf). */
  readonly variants?: readonly {
    readonly id: string;
    readonly label: LocalisedText;
    readonly description: LocalisedText;
  }[];
  /** The scenario's assumption register (ADR 0027): what Control may set when creating an exercise. */
  readonly assumptions?: readonly Assumption[];
}

/** Message names, client → server. */
/** `legal` is a request whose reply (LegalReply) is the caller's own seat brief: what a bot needs. */
/** `whoami` is a request whose reply (WhoAmIReply) is the caller's own Control role, if any. */
/** `orders` is a request whose reply (OrdersReply) is the caller's own forces order menu (ADR 0014). */
/** `history` is a request (HistoryRequest) whose reply (HistoryReply) is a page of a channel's older messages. */
export const CLIENT_MESSAGES = {
  command: 'command',
  sync: 'sync',
  legal: 'legal',
  whoami: 'whoami',
  orders: 'orders',
  history: 'history',
} as const;
/** Message names, server → client. */
export const SERVER_MESSAGES = { patch: 'patch', notice: 'notice' } as const;

/**
 * `sync` is a request whose reply is the caller's whole current view, numbered (ViewSync); after it
 * the server pushes `patch` messages (ViewPatch) numbered n + 1, n + 2 …, each holding only what
 * changed. A client that sees a gap in the numbers asks for `sync` again.
 */

/** The reply to `sync`: the whole view, or a refusal (RATE_LIMITED) for a connection asking too often. */
export type SyncReply = ViewSync | { readonly ok: false; readonly code: ErrorCode; readonly message: string };

/** The reply to every `command` request. */
export type CommandReply =
  | {
      readonly ok: true;
      /** Sequence number of the last event this command stored (always sent): durable from here on. */
      readonly seq?: number;
      readonly seatToken?: string;
      /** issueAssistantKey: the new assistant's control key, sent to the lead alone and never again. */
      readonly controlKey?: string;
    }
  | {
      readonly ok: false;
      readonly code: ErrorCode;
      readonly message: string;
      readonly params?: RefusalParams;
    };

/**
 * The reply to `whoami`: the role this connection's control key gave it (ADR 0009), null for a
 * player. Per connection, never in the shared view, so a client can offer only what it may do.
 */
export interface WhoAmIReply {
  readonly controlRole: 'lead' | 'assistant' | null;
}

/** Body of an HTTP error, and of a refused join (in the error's message as JSON). */
export interface ErrorBody {
  readonly code: ErrorCode;
  readonly message: string;
  /** What a client words the refusal from in its reader's language (protocol/refusals.ts). */
  readonly params?: RefusalParams;
}

export type ViewMessage = ViewSync;
