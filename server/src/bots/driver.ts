// Plays the seats Control handed to bots: each bot seat thinks for a while, picks one legal command
// and sends it through the session queue exactly as a person's command, so it is stored before it
// counts (ADR 0010). Seeded by exercise and seat: the same exercise makes the same choices.
import {
  botBrief,
  botRng,
  chooseBotCommand,
  hashSeed,
  nextUnit,
  type ExerciseState,
  type GameEvent,
  type RngState,
} from '@council/shared';
import type { ExerciseSession } from '../game/session';

/** Think time between one bot seat's beats, in milliseconds. */
export interface ThinkTime {
  readonly minMs: number;
  readonly maxMs: number;
}

/** A cancellable timer, as the room's clock gives one. */
export interface Scheduler {
  setTimeout(callback: () => void, ms: number): { clear(): void };
}

/** `BOT_THINK_MS` is "min,max" or one number; people need a few seconds to read what a bot did. */
export function thinkTimeFrom(text: string | undefined): ThinkTime {
  const [min, max] = (text ?? '').split(',').map((n) => (n.trim() === '' ? NaN : Number(n)));
  if (min === undefined || !Number.isFinite(min) || min < 0) return { minMs: 2000, maxMs: 6000 };
  return { minMs: min, maxMs: max !== undefined && Number.isFinite(max) && max >= min ? max : min };
}

/** Seat ids a bot plays now. */
/** The seats bots hold; worked out once per seats record (every publish asks, few commands change it). */
export function botSeats(state: ExerciseState): readonly string[] {
  let seats = botSeatsOf.get(state.seats);
  if (!seats) {
    seats = Object.entries(state.seats)
      .filter(([, holder]) => holder.bot === true)
      .map(([seatId]) => seatId);
    botSeatsOf.set(state.seats, seats);
  }
  return seats;
}

const botSeatsOf = new WeakMap<ExerciseState['seats'], readonly string[]>();

export class BotDriver {
  private readonly rngs = new Map<string, RngState>();
  private readonly timers = new Map<string, { clear(): void }>();
  private stopped = false;
  /** Commands the rules refused because the state moved on between choice and queue (rare). */
  refusals = 0;

  constructor(
    private readonly session: ExerciseSession,
    private readonly scheduler: Scheduler,
    private readonly think: ThinkTime,
    private readonly now: () => Date,
    /** Called with the events of each command a bot had accepted, so the room publishes them. */
    private readonly onEvents: (events: readonly GameEvent[]) => void,
  ) {}

  /** After any change: every bot seat gets a beat scheduled; one already pending is left alone. */
  wake(): void {
    if (this.stopped) return;
    const state = this.session.state;
    if (state.session.status === 'ended') return this.stop();
    const held = botSeats(state);
    // Called on every publish: with no bot seat and no timer there is nothing to do.
    if (held.length === 0 && this.timers.size === 0) return;
    const seats = new Set(held);
    for (const [seatId, timer] of this.timers) {
      if (seats.has(seatId)) continue;
      timer.clear();
      this.timers.delete(seatId);
    }
    for (const seatId of seats) if (!this.timers.has(seatId)) this.schedule(seatId);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) timer.clear();
    this.timers.clear();
  }

  private rngOf(seatId: string): RngState {
    return this.rngs.get(seatId) ?? botRng(hashSeed(this.session.record.id), seatId);
  }

  private schedule(seatId: string): void {
    const [u, rng] = nextUnit(this.rngOf(seatId));
    this.rngs.set(seatId, rng);
    const ms = this.think.minMs + u * (this.think.maxMs - this.think.minMs);
    this.timers.set(
      seatId,
      this.scheduler.setTimeout(() => void this.beat(seatId), ms),
    );
  }

  /** One beat of one bot seat: at most one command, then the next beat is scheduled. */
  private async beat(seatId: string): Promise<void> {
    if (this.stopped) return;
    const state = this.session.state;
    if (!state.seats[seatId]?.bot) return void this.timers.delete(seatId);
    // The seat stays marked while its command waits in the queue, so a wake-up meanwhile does not
    // start a second beat for it.
    this.timers.set(seatId, { clear: () => undefined });
    try {
      // Nothing to do in the lobby or while paused: skip the (costly) brief until play resumes.
      if (state.session.status === 'running') await this.act(seatId, state);
    } catch (error) {
      console.error(`exercise ${this.session.record.id}: bot ${seatId} failed`, error);
    }
    this.timers.delete(seatId);
    this.wake();
  }

  private async act(seatId: string, state: ExerciseState): Promise<void> {
    const now = this.now();
    const brief = botBrief(state, seatId, now.toISOString());
    if (!brief) return;
    const choice = chooseBotCommand(brief, this.rngOf(seatId));
    this.rngs.set(seatId, choice.rng);
    if (!choice.command) return;
    // Control may take the seat back while the command waits in the queue: then it is not sent.
    const outcome = await this.session.execute(
      choice.command,
      { seatId, isControl: false },
      now,
      (current) => current.seats[seatId]?.bot === true,
    );
    if (outcome.ok) this.onEvents(outcome.events);
    else this.refusals++;
  }
}
