// What Control's console adds to the exercise state: ad-hoc injects, broadcasts and the Control team.
import type { AdHocInjectFired, BroadcastSent } from './events';

export interface AssistantKey {
  readonly name: string;
  readonly keyHash: string;
  readonly issuedAt: string;
  readonly revoked: boolean;
}

export interface ConsoleState {
  readonly adHocInjects: readonly Omit<AdHocInjectFired, 'type'>[];
  readonly broadcasts: readonly Omit<BroadcastSent, 'type'>[];
  /** Assistant Control keys by key id; the lead's key is the exercise's control key. */
  readonly assistants: Readonly<Record<string, AssistantKey>>;
}

export const consoleAtStart = (): ConsoleState => ({ adHocInjects: [], broadcasts: [], assistants: {} });

/** Stored in place of a token hash for a bot: not a SHA-256 hex digest, so no token can match it. */
export const BOT_TOKEN_HASH = 'bot';

/** The assistant key whose hash this is, if it is live (a state older than the console has none). */
export function assistantKeyIdFor(state: ConsoleState | undefined, keyHash: string): string | null {
  const entry = Object.entries(state?.assistants ?? {}).find(([, k]) => !k.revoked && k.keyHash === keyHash);
  return entry ? entry[0] : null;
}
