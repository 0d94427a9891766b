// A bot that joins a live exercise as a real client: it claims its seat, asks the server for its
// seat's brief (`legal`), picks with the same policy the server's bots use, and sends the command
// like a browser would. It keeps its seat token and comes back on its own after a server restart.
import { Client, type Room } from '@colyseus/sdk';
import {
  botRng,
  chooseBotCommand,
  EXERCISE_ROOM,
  hashSeed,
  nextUnit,
  PROTOCOL_VERSION,
  type Command,
  type CommandReply,
  type LegalReply,
  type RngState,
} from '@council/shared';

export interface HeadlessOptions {
  readonly url: string;
  readonly code: string;
  readonly seat: string;
  readonly name?: string;
  /** Seeds the choices; by default the join code, so two runs of the same seat choose alike. */
  readonly seed?: number;
  readonly thinkMs?: { readonly min: number; readonly max: number };
  /** Where progress lines go; silent by default. */
  readonly log?: (line: string) => void;
}

/** Why the bot stopped playing. */
export type HeadlessEnd = 'ended' | 'stopped';

/** A request that gets no answer (the server went away) fails after this long. */
const REQUEST_TIMEOUT_MS = 5000;
const RETRY_MS = 500;

class Fatal extends Error {}

/** Join refusals that mean the bot was started wrong, not that the server is away. */
const REFUSALS = ['NO_SUCH_EXERCISE', 'PROTOCOL_MISMATCH', 'BAD_REQUEST'];

export class HeadlessBot {
  private rng: RngState;
  private token: string | undefined;
  private room: Room | undefined;
  private stopped = false;
  private wakeUp: (() => void) | undefined;
  /** Commands the server accepted, in order. */
  readonly accepted: Command[] = [];
  /** Times the bot had to join again after losing the server. */
  rejoins = 0;

  constructor(private readonly options: HeadlessOptions) {
    this.rng = botRng(options.seed ?? hashSeed(options.code), options.seat);
  }

  /** Plays until the exercise ends or `stop` is called; rejects on a problem no retry can fix. */
  async run(): Promise<HeadlessEnd> {
    while (!this.stopped) {
      try {
        const room = await this.join();
        try {
          if ((await this.play(room)) === 'ended') return 'ended';
        } finally {
          await this.leave(room);
        }
      } catch (error) {
        if (error instanceof Fatal) throw error;
        this.say(`lost the server (${(error as Error).message}); joining again`);
        this.rejoins++;
      }
      await this.sleep(RETRY_MS);
    }
    return 'stopped';
  }

  stop(): void {
    this.stopped = true;
    this.wakeUp?.();
  }

  /** Leaves the room; on a dead connection the SDK's promise may never settle, so give up after a while. */
  private async leave(room: Room): Promise<void> {
    await Promise.race([
      room.leave(true).catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 1000)),
    ]);
  }

  private async join(): Promise<Room> {
    const room = await new Client(this.options.url)
      .joinOrCreate(EXERCISE_ROOM, {
        protocolVersion: PROTOCOL_VERSION,
        code: this.options.code,
        ...(this.token ? { seatToken: this.token } : {}),
      })
      .catch((error: Error) => {
        // The server refused us ("CODE: message"): no retry changes a wrong code or an old client.
        if (REFUSALS.some((code) => error.message.startsWith(`${code}:`))) throw new Fatal(error.message);
        throw error;
      });
    // A restarted server has a new room, so the SDK's own reconnection cannot succeed: the bot
    // joins again with its seat token instead, at once.
    room.reconnection.enabled = false;
    // The bot reads no views: it plays from its brief. Pushed messages are simply dropped.
    room.onMessage('*', () => undefined);
    room.onLeave(() => this.wakeUp?.());
    this.room = room;
    return room;
  }

  private async play(room: Room): Promise<HeadlessEnd> {
    while (!this.stopped) {
      if (this.room !== room || room.connection?.isOpen === false) throw new Error('connection closed');
      const reply = await this.request<LegalReply>(room, 'legal');
      if (!reply.ok && reply.code === 'NOT_YOUR_SEAT') {
        await this.claim(room);
        continue;
      }
      if (!reply.ok) {
        await this.sleep(this.think());
        continue;
      }
      const brief = reply.brief;
      if (!brief) throw new Fatal(`a bot cannot play the seat "${this.options.seat}"`);
      if (brief.status === 'ended') return 'ended';
      const choice = chooseBotCommand(brief, this.rng);
      this.rng = choice.rng;
      if (choice.command) await this.send(room, choice.command);
      await this.sleep(this.think());
    }
    return 'stopped';
  }

  private async claim(room: Room): Promise<void> {
    const { seat, name } = this.options;
    const reply = await this.request<CommandReply>(room, 'command', {
      type: 'claimSeat',
      seatId: seat,
      displayName: name ?? `Bot ${seat}`,
    });
    if (!reply.ok) throw new Fatal(`could not claim ${seat}: ${reply.code} ${reply.message}`);
    if (reply.seatToken) this.token = reply.seatToken;
    this.say(`holds ${seat}`);
  }

  private async send(room: Room, command: Command): Promise<void> {
    const reply = await this.request<CommandReply>(room, 'command', command);
    if (reply.ok) this.accepted.push(command);
    // A refusal is normal when the state moved on since the brief (someone else acted first).
    this.say(`${describe(command)} → ${reply.ok ? `ok #${reply.seq}` : `${reply.code}`}`);
  }

  private request<T>(room: Room, type: string, payload?: unknown): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${type}`)), REQUEST_TIMEOUT_MS);
      room.request(type, payload).then(
        (value: T) => (clearTimeout(timer), resolve(value)),
        (error: unknown) => (clearTimeout(timer), reject(error as Error)),
      );
    });
  }

  private think(): number {
    const { min, max } = this.options.thinkMs ?? { min: 2000, max: 6000 };
    const [u, next] = nextUnit(this.rng);
    this.rng = next;
    return min + u * (max - min);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }

  private say(line: string): void {
    this.options.log?.(`[${this.options.seat}] ${line}`);
  }
}

function describe(command: Command): string {
  const detail = Object.entries(command)
    .filter(([key]) => key !== 'type' && key !== 'text' && key !== 'body')
    .map(([, value]) => (typeof value === 'object' ? JSON.stringify(value) : String(value)))
    .join(' ');
  return detail ? `${command.type} ${detail}` : command.type;
}
