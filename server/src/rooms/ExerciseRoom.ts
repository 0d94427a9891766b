// The room for one exercise: parses and authorises messages, hands them to the session, publishes views.
import { Room, type Client } from '@colyseus/core';
import {
  CLIENT_MESSAGES,
  parseCommand,
  SERVER_MESSAGES,
  type Actor,
  type CommandReply,
  type GameEvent,
  type HistoryReply,
  type LegalReply,
  type OrdersReply,
  type SyncReply,
} from '@council/shared';
import { BotDriver, thinkTimeFrom, botSeats } from '../bots/driver';
import { legalReply } from '../bots/legal';
import { ExerciseSession } from '../game/session';
import { answering, INTERNAL_FAULT, logFault } from '../faults';
import { services } from '../services';
import { ViewPublisher } from '../sync/publish';
import { admit, parseJoinOptions, whoAmI } from './admission';
import { historyReply } from './historyRequest';
import { joinError } from './joinErrors';
import { ordersReply } from './orderMenu';
import { TokenBucket } from './rateLimit';

/** Seconds a dropped connection keeps its place before it counts as gone. */
const RECONNECT_GRACE_SECONDS = 30;
/** WebSocket close code for a connection whose assistant key the lead revoked (application range). */
const CLOSE_REVOKED = 4403;

export class ExerciseRoom extends Room {
  // A hard cap that drops a flooding connection; ordinary limits answer RATE_LIMITED instead.
  override maxMessagesPerSecond = 200;
  private readonly buckets = new Map<string, TokenBucket>();
  /** `sync` builds a whole view: it has its own, lower limit, so commands never wait on it. */
  private readonly syncBuckets = new Map<string, TokenBucket>();
  private session!: ExerciseSession;
  private bots: BotDriver | undefined;
  private readonly views = new ViewPublisher();

  override async onCreate(options: unknown): Promise<void> {
    const { code } = parseJoinOptions(options);
    const { store } = services();
    const record = await store.findByCode(code);
    if (!record) throw joinError('NO_SUCH_EXERCISE', `No exercise has the code ${code}.`);
    this.session = await ExerciseSession.load(store, record);
    // After a storage fault the session reloads what the store holds; everyone sees it at once.
    this.session.onReload = () => this.publish();
    // Matchmaking finds this room by `code` in its metadata (filterBy), so keep it there.
    await this.setMetadata({ code, exerciseId: record.id });
    const { commandRate } = services();
    this.maxMessagesPerSecond = Math.max(200, commandRate.burst * 4);
    this.onMessage(CLIENT_MESSAGES.command, (client, message) => this.commandFrom(client, message));
    // Every other request is answered by `answering`: a failure reaches the client as a code only.
    const answer =
      <T>(what: string, handler: (client: Client, payload: unknown) => T) =>
      (client: Client, payload: unknown) =>
        answering(this.session.record.id, what, client.userData as Actor, () => handler(client, payload));
    // A client asks for its current view right after joining, so none is lost to handler set-up.
    this.onMessage(
      CLIENT_MESSAGES.sync,
      answer('sync', (client) => this.viewOf(client)),
    );
    this.onMessage(
      CLIENT_MESSAGES.legal,
      answer('legal', (client) => this.legalOf(client)),
    );
    // The forces order menu is asked for while a player looks at it, not sent with every view (ADR 0014).
    this.onMessage(
      CLIENT_MESSAGES.orders,
      answer('orders', (client, payload) => this.ordersOf(client, payload)),
    );
    this.onMessage(
      CLIENT_MESSAGES.whoami,
      answer('whoami', (client) => whoAmI(client.userData as Actor)),
    );
    // A channel's older messages, a page at a time: the view holds only the recent ones.
    this.onMessage(
      CLIENT_MESSAGES.history,
      answer('history', (client, payload) => this.historyOf(client, payload)),
    );
    // Seats Control handed to bots are played here, through the same queue as people's commands.
    const think = thinkTimeFrom(process.env.BOT_THINK_MS);
    const publish = () => this.publish();
    this.bots = new BotDriver(this.session, this.clock, think, () => services().now(), publish);
    this.keepOpenForBots();
    this.onMessage('*', (client, type) => {
      client.send(SERVER_MESSAGES.notice, {
        code: 'UNKNOWN_MESSAGE',
        message: `The server does not know the message "${String(type)}".`,
      });
    });
  }

  /**
   * Called once matchmaking has recorded this room as its exercise's one room (app.ts): only then
   * do the session clock and the bots start, so a room discarded as a duplicate never acts.
   */
  startPlaying(): void {
    const { tickMs } = services();
    if (tickMs > 0) this.clock.setInterval(() => void this.advanceTime(), tickMs);
    this.bots?.wake();
  }

  override onAuth(_client: Client, options: unknown): Actor {
    return admit(parseJoinOptions(options), this.session.record, this.session.state);
  }

  override onJoin(client: Client, _options: unknown, actor: Actor): void {
    client.userData = actor;
    this.publish();
  }

  override onDrop(client: Client): void {
    this.allowReconnection(client, RECONNECT_GRACE_SECONDS);
    this.publish();
  }

  override onReconnect(): void {
    this.publish();
  }

  override onLeave(client: Client): void {
    this.buckets.delete(client.sessionId);
    this.syncBuckets.delete(client.sessionId);
    this.publish();
  }

  /** A command's reply; whatever fails inside is logged in one line and answered INTERNAL_ERROR. */
  private async commandFrom(client: Client, message: unknown): Promise<CommandReply> {
    try {
      return await this.handleCommand(client, message);
    } catch (error) {
      const type = (message as { type?: unknown } | null)?.type;
      const what = `command ${typeof type === 'string' ? type.slice(0, 40) : '(no type)'}`;
      logFault(this.session.record.id, what, client.userData as Actor | undefined, error);
      return { ok: false, ...INTERNAL_FAULT };
    }
  }

  private async handleCommand(client: Client, message: unknown): Promise<CommandReply> {
    if (!this.bucketOf(client).take(Date.now())) {
      return {
        ok: false,
        code: 'RATE_LIMITED',
        message: 'Too many commands at once; wait a moment and try again.',
      };
    }
    // Checked before anything else reads it: a BigInt, a NUL or a `__proto__` key is refused here.
    const parsed = parseCommand(message);
    if (!parsed.ok) return { ok: false, ...parsed.error };
    const actor = client.userData as Actor;
    const outcome = await this.session.execute(parsed.value, actor, services().now());
    if (!outcome.ok) return { ok: false, ...outcome.error };
    if (parsed.value.type === 'claimSeat') client.userData = { ...actor, seatId: parsed.value.seatId };
    this.releaseConnections(outcome.events);
    this.followConsole(outcome.events);
    this.publish();
    const { seq } = outcome;
    if (!outcome.seatToken) return { ok: true, seq };
    // The new secret goes back to the sender alone, in this reply, and is never stored or sent again.
    return parsed.value.type === 'issueAssistantKey'
      ? { ok: true, seq, controlKey: outcome.seatToken }
      : { ok: true, seq, seatToken: outcome.seatToken };
  }

  /** Connections follow their holders when Control swaps seats; a revoked assistant key is shut out. */
  private followConsole(events: readonly GameEvent[]): void {
    for (const event of events) {
      for (const client of this.clients) {
        const actor = client.userData as Actor;
        if (event.type === 'seatsSwapped' && (actor.seatId === event.a || actor.seatId === event.b)) {
          client.userData = { ...actor, seatId: actor.seatId === event.a ? event.b : event.a };
        }
        if (event.type === 'assistantKeyRevoked' && actor.controlKeyId === event.keyId) {
          client.userData = { seatId: null, isControl: false };
          client.leave(CLOSE_REVOKED, 'Your assistant control key was revoked.');
        }
      }
    }
  }

  /** Connections that held a released seat are unseated at once. */
  private releaseConnections(events: readonly GameEvent[]): void {
    for (const event of events) {
      if (event.type !== 'seatReleased') continue;
      for (const client of this.clients) {
        const actor = client.userData as Actor;
        if (actor.seatId === event.seatId) client.userData = { ...actor, seatId: null };
      }
    }
  }

  private async advanceTime(): Promise<void> {
    try {
      const events = await this.session.advanceTime(services().now());
      if (events.length > 0) this.publish();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`exercise ${this.session.record.id}: clock could not advance: ${reason}`);
    }
  }

  private bucketOf(client: Client, buckets = this.buckets, limit = services().commandRate): TokenBucket {
    let bucket = buckets.get(client.sessionId);
    if (!bucket) {
      bucket = new TokenBucket(limit, Date.now());
      buckets.set(client.sessionId, bucket);
    }
    return bucket;
  }

  private viewOf(client: Client): SyncReply {
    if (!this.bucketOf(client, this.syncBuckets, services().syncRate).take(Date.now())) {
      return { ok: false, code: 'RATE_LIMITED', message: 'Too many sync requests; wait a moment.' };
    }
    return this.views.sync(this.session.state, client, this.clients, this.session.lastActedAt);
  }

  private publish(): void {
    this.views.publish(this.session.state, this.clients, this.session.lastActedAt);
    this.bots?.wake();
    this.keepOpenForBots();
  }

  /** With no one connected, the room stays open while bots hold seats in a game not yet ended. */
  private keepOpenForBots(): void {
    const state = this.session.state;
    const botsPlaying = state.session.status !== 'ended' && botSeats(state).length > 0;
    if (this.autoDispose === botsPlaying) this.autoDispose = !botsPlaying;
  }

  private legalOf(client: Client): LegalReply {
    if (!this.bucketOf(client).take(Date.now())) {
      return { ok: false, code: 'RATE_LIMITED', message: 'Too many requests at once; wait a moment.' };
    }
    return legalReply(this.session.state, client.userData as Actor, services().now());
  }

  private historyOf(client: Client, payload: unknown): HistoryReply {
    if (!this.bucketOf(client).take(Date.now())) {
      return { ok: false, code: 'RATE_LIMITED', message: 'Too many requests at once; wait a moment.' };
    }
    return historyReply(this.session.state, client.userData as Actor, payload);
  }

  private ordersOf(client: Client, payload: unknown): OrdersReply {
    if (!this.bucketOf(client).take(Date.now())) {
      return { ok: false, code: 'RATE_LIMITED', message: 'Too many requests at once; wait a moment.' };
    }
    return ordersReply(this.session.state, client.userData as Actor, payload);
  }

  override onDispose(): void {
    this.bots?.stop();
  }
}
