// One live connection to an exercise room: join, follow views, send commands, and rejoin after
// the room is lost (server restart) with back-off, using the seat token and control key kept.
import type { Client, Room } from '@colyseus/sdk';
import {
  CLIENT_MESSAGES,
  EXERCISE_ROOM,
  PROTOCOL_VERSION,
  SERVER_MESSAGES,
  ViewFollower,
  isViewPatch,
  isViewSync,
  type Command,
  type JoinOptions,
  type WhoAmIReply,
} from '@council/shared';
import type {
  CommandOutcome,
  JoinCredentials,
  OrderMenuAsk,
  OrderMenuOutcome,
  Session,
  SessionSink,
} from '../store/types';

/** The `orders` request's payload: nothing, or the unit (and destination) whose arrivals are wanted. */
const payloadOf = (asked: OrderMenuAsk) =>
  asked === null
    ? undefined
    : asked.destination === null
      ? { unitId: asked.unitId }
      : { unitId: asked.unitId, destination: asked.destination };
import { backoffMs } from './backoff';
import { parseErrorBody, parseJoinError } from './errors';
import { toCommandOutcome, toHistoryOutcome, toOrderMenuOutcome } from './reply';

/** The SDK's own quick reconnection (brief drops); past this we rejoin from scratch. */
const SDK_RECONNECT_RETRIES = 6;
/** Immediate rejoins after the store fixed stale credentials, before we give up. */
const MAX_CREDENTIAL_RETRIES = 2;
const COMMAND_TIMEOUT_MS = 10_000;
/** After a refused `sync` (the connection asked too often), the wait before asking again. */
const SYNC_RETRY_MS = 1_000;

function joinOptions(code: string, credentials: JoinCredentials): JoinOptions {
  return {
    protocolVersion: PROTOCOL_VERSION,
    code,
    ...(credentials.controlKey ? { controlKey: credentials.controlKey } : {}),
    ...(credentials.controlKey && credentials.controlName ? { controlName: credentials.controlName } : {}),
    ...(credentials.seatToken ? { seatToken: credentials.seatToken } : {}),
  };
}

export function openRoomSession(client: Client, code: string, sink: SessionSink): Session {
  let closed = false;
  let room: Room | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let credentialRetries = 0;
  let joinedOnce = false;
  // The view as the server last described it: whole from `sync`, then patched (ADR 0011).
  let follower = new ViewFollower();

  const retryLater = () => {
    failures += 1;
    const delay = backoffMs(failures);
    sink.status('offline', delay);
    timer = setTimeout(() => void attempt(), delay);
  };

  const retryNow = () => {
    if (closed || room || !timer) return;
    clearTimeout(timer);
    void attempt();
  };

  // Ask for the whole view outright: patches only apply to a view we hold, and one pushed
  // before our handler was set would be lost.
  const sync = (target: Room): void => {
    target
      .request(CLIENT_MESSAGES.sync, undefined, { timeout: COMMAND_TIMEOUT_MS })
      .then((reply: unknown) => {
        if (closed || room !== target) return;
        if (isViewSync(reply)) sink.view(follower.onSync(reply));
        // Refused (RATE_LIMITED): ask again a little later.
        else setTimeout(() => !closed && room === target && sync(target), SYNC_RETRY_MS);
      })
      .catch(() => {
        // Without a base no patch applies: the next patch finds the gap and asks again.
      });
  };

  // The Control role is per connection, not in the view: ask, so the console offers only what it may do.
  const askRole = (target: Room) => {
    target
      .request(CLIENT_MESSAGES.whoami, undefined, { timeout: COMMAND_TIMEOUT_MS })
      .then((reply: unknown) => {
        if (closed || room !== target) return;
        const role = (reply as Partial<WhoAmIReply> | null)?.controlRole;
        if (role === 'lead' || role === 'assistant' || role === null) sink.controlRole(role);
      })
      .catch(() => {
        // Unanswered: the console keeps offering everything and the server still refuses what it must.
      });
  };

  const wire = (joined: Room) => {
    joined.reconnection.maxRetries = SDK_RECONNECT_RETRIES;
    joined.onMessage(SERVER_MESSAGES.patch, (patch: unknown) => {
      if (closed || !isViewPatch(patch)) return;
      const outcome = follower.onPatch(patch);
      if (outcome === 'applied') sink.view(follower.view!);
      else if (outcome === 'resync') sync(joined);
    });
    joined.onMessage(SERVER_MESSAGES.notice, (notice: unknown) => {
      if (!closed) sink.notice(parseErrorBody(notice, 200));
    });
    joined.onDrop(() => {
      if (!closed) sink.status('reconnecting');
    });
    joined.onReconnect(() => {
      if (closed) return;
      sink.status('connected');
      follower = new ViewFollower();
      sync(joined);
    });
    joined.onLeave(() => {
      if (room === joined) room = null;
      if (closed) return;
      // The room is gone (server restart, or the SDK gave up): start again from a fresh join.
      sink.status('reconnecting');
      timer = setTimeout(() => void attempt(), 250);
    });
  };

  async function attempt(): Promise<void> {
    timer = null;
    if (closed) return;
    sink.status(joinedOnce ? 'reconnecting' : 'connecting');
    let joined: Room;
    try {
      joined = await client.joinOrCreate(EXERCISE_ROOM, joinOptions(code, sink.credentials()));
    } catch (error) {
      if (closed) return;
      const refusal = parseJoinError(error);
      if (refusal.code === 'NETWORK') return retryLater();
      const decision = sink.refused(refusal);
      if (decision === 'retry' && credentialRetries < MAX_CREDENTIAL_RETRIES) {
        credentialRetries += 1;
        return attempt();
      }
      return sink.status('refused');
    }
    if (closed) {
      void joined.leave(true);
      return;
    }
    failures = 0;
    credentialRetries = 0;
    joinedOnce = true;
    room = joined;
    follower = new ViewFollower();
    wire(joined);
    sink.status('connected');
    sync(joined);
    askRole(joined);
  }

  globalThis.addEventListener?.('online', retryNow);
  void attempt();

  return {
    async sendCommand(command: Command): Promise<CommandOutcome> {
      const target = room;
      if (closed || !target) return { ok: false, code: 'NETWORK', message: 'Not connected.' };
      try {
        const reply: unknown = await target.request(CLIENT_MESSAGES.command, command, {
          timeout: COMMAND_TIMEOUT_MS,
        });
        return toCommandOutcome(reply);
      } catch (error) {
        return toCommandOutcome(null, error);
      }
    },
    // The order menu is not in the view (ADR 0014): the forces panel asks for it while it is shown.
    async orderMenu(asked = null): Promise<OrderMenuOutcome> {
      const target = room;
      if (closed || !target) return { ok: false, code: 'NETWORK', message: 'Not connected.' };
      try {
        const reply: unknown = await target.request(CLIENT_MESSAGES.orders, payloadOf(asked), {
          timeout: COMMAND_TIMEOUT_MS,
        });
        return toOrderMenuOutcome(reply);
      } catch (error) {
        return toOrderMenuOutcome(null, error);
      }
    },
    async history(request) {
      const target = room;
      if (closed || !target) return { ok: false, code: 'NETWORK', message: 'Not connected.' };
      try {
        const reply: unknown = await target.request(CLIENT_MESSAGES.history, request, {
          timeout: COMMAND_TIMEOUT_MS,
        });
        return toHistoryOutcome(reply);
      } catch (error) {
        return toHistoryOutcome(null, error);
      }
    },
    rejoin() {
      // Leaving ends in onLeave, which joins again and reads the credentials anew.
      void room?.leave(true).catch(() => undefined);
    },
    close() {
      if (closed) return;
      closed = true;
      globalThis.removeEventListener?.('online', retryNow);
      if (timer) clearTimeout(timer);
      timer = null;
      const leaving = room;
      room = null;
      void leaving?.leave(true).catch(() => undefined);
    },
  };
}
