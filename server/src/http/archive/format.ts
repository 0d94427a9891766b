// An exercise archive (ADR 0021): one gzip'd JSON file holding an exercise's whole log as stored, less
// the secrets' hashes (the scenario as it was travels in its first event), with a format name, a version and a SHA-256
// checksum of the body. Reading one checks each of those in turn and says which one failed.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import {
  redactEvent,
  reject,
  type ErrorCode,
  type GameEvent,
  type RefusalParamsOf,
  type Rejection,
} from '@council/shared';
import type { ExerciseRecord, StoredEvent } from '../../store/exercises';

export const ARCHIVE_FORMAT = 'crisis-council-exercise';
export const ARCHIVE_VERSION = 1;
/** Largest archive accepted, compressed and unpacked. */
export const MAX_ARCHIVE_BYTES = 32 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

export interface ArchiveBody {
  readonly exportedAt: string;
  /** The exercise as its source installation knew it (the import gives it a new id and code). */
  readonly exercise: {
    readonly exerciseId: string;
    readonly code: string;
    readonly title: string;
    readonly scenarioId: string;
    readonly createdAt: string;
  };
  readonly events: readonly StoredEvent[];
}

export interface ArchiveFile {
  readonly format: typeof ARCHIVE_FORMAT;
  readonly version: typeof ARCHIVE_VERSION;
  readonly checksum: { readonly algorithm: 'sha256'; readonly digest: string };
  readonly body: ArchiveBody;
}

export type ArchiveRefusal = Rejection;

const digestOf = (body: unknown): string =>
  createHash('sha256').update(JSON.stringify(body), 'utf8').digest('hex');

export function writeArchive(record: ExerciseRecord, events: readonly StoredEvent[], now: Date): Buffer {
  const body: ArchiveBody = {
    exportedAt: now.toISOString(),
    exercise: {
      exerciseId: record.id,
      code: record.code,
      title: record.title,
      scenarioId: record.scenarioId,
      createdAt: record.createdAt,
    },
    // Like every export, the archive carries no secret's hash (seat tokens, assistant keys).
    events: events.map((stored) => ({ ...stored, event: redactEvent(stored.event) })),
  };
  const file: ArchiveFile = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    checksum: { algorithm: 'sha256', digest: digestOf(body) },
    body,
  };
  return gzipSync(JSON.stringify(file));
}

const Envelope = z.object({ format: z.string(), version: z.number() });

const Body = z.object({
  exportedAt: z.string(),
  exercise: z.object({
    exerciseId: z.string().max(200),
    code: z.string().max(200),
    title: z.string().max(500),
    scenarioId: z.string().max(200),
    createdAt: z.string(),
  }),
  events: z
    .array(
      z.object({
        seq: z.number().int().nonnegative(),
        recordedAt: z.iso.datetime(),
        actedBy: z.string().max(200).nullable(),
        event: z.looseObject({ type: z.string() }),
      }),
    )
    .min(1),
});

const DAMAGED = 'The archive is damaged or cut short; export it again from its installation.';

/** The archive's body, or why it is refused; nothing is stored either way. */
export function readArchive(
  bytes: Buffer,
): { ok: true; body: ArchiveBody } | { ok: false; error: ArchiveRefusal } {
  const refuse = <C extends ErrorCode>(code: C, message: string, params?: RefusalParamsOf<C>) => ({
    ok: false as const,
    error: reject(code, message, params),
  });
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    return refuse('ARCHIVE_FOREIGN', 'This file is not a Crisis Council exercise archive.');
  }
  let file: unknown;
  try {
    file = JSON.parse(gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES }).toString('utf8'));
  } catch {
    return refuse('ARCHIVE_DAMAGED', DAMAGED);
  }
  const envelope = Envelope.safeParse(file);
  if (!envelope.success || envelope.data.format !== ARCHIVE_FORMAT) {
    return refuse('ARCHIVE_FOREIGN', 'This file is not a Crisis Council exercise archive.');
  }
  if (envelope.data.version > ARCHIVE_VERSION) {
    return refuse(
      'ARCHIVE_TOO_NEW',
      `This archive is format version ${envelope.data.version}; this release reads up to version ${ARCHIVE_VERSION}. Upgrade this installation to import it.`,
      { reason: 'version', version: envelope.data.version, supported: ARCHIVE_VERSION },
    );
  }
  if (envelope.data.version !== ARCHIVE_VERSION) return refuse('ARCHIVE_DAMAGED', DAMAGED);
  const { checksum, body } = file as { checksum?: { digest?: unknown }; body?: unknown };
  if (typeof checksum?.digest !== 'string' || checksum.digest !== digestOf(body)) {
    return refuse(
      'ARCHIVE_CHECKSUM',
      'The archive’s checksum does not match its content: it was altered or damaged.',
    );
  }
  const parsed = Body.safeParse(body);
  if (!parsed.success) return refuse('ARCHIVE_DAMAGED', DAMAGED);
  // The checked body itself, not zod's copy: the events go on exactly as they were stored.
  const checked = body as ArchiveBody;
  if (checked.events.some((stored, index) => stored.seq !== index)) return refuse('ARCHIVE_DAMAGED', DAMAGED);
  return { ok: true, body: checked };
}

/** The first event, which names the scenario as it was when the exercise was created. */
export const createdEvent = (body: ArchiveBody): GameEvent => body.events[0]!.event;
