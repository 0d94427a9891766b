// What of the log may leave the server: every event without its secrets. A seat token's hash and an
// assistant key's hash stay here; a downloaded log, events tail or export never carries one.
import type { GameEvent } from '../engine/events';

/** The fields of an event that hold the hash of a secret (a seat token, an assistant control key). */
export const SECRET_FIELDS = ['tokenHash', 'keyHash'] as const;
export type SecretField = (typeof SECRET_FIELDS)[number];

// Every event field named like a hash must be a secret field listed above: a new one fails to compile
// here until it is listed, so it cannot leave the server unnoticed.
type FieldsOf<T> = T extends unknown ? keyof T : never;
type HashFields = Extract<FieldsOf<GameEvent>, `${string}Hash` | `${string}hash`>;
const everyHashFieldIsSecret: [HashFields] extends [SecretField] ? true : never = true;
void everyHashFieldIsSecret;

const SECRET: ReadonlySet<string> = new Set(SECRET_FIELDS);

/** The event with every secret removed (the same object when it carries none). */
export function redactEvent(event: GameEvent): GameEvent {
  let redacted: Record<string, unknown> | null = null;
  for (const field of Object.keys(event)) {
    if (!SECRET.has(field)) continue;
    redacted ??= { ...event };
    delete redacted[field];
  }
  return (redacted ?? event) as GameEvent;
}
