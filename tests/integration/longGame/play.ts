// Plays one long exercise of a real scenario from a seed: random seats (Control's included) send
// commands the rules' generators offer and `decide` accepts, bots play the seats handed to them,
// Control runs the clock. Every event, with who caused it, goes to the watcher as it is applied.
import { readFileSync } from 'node:fs';
import {
  actorFor,
  botBrief,
  botRng,
  candidateCommands,
  chooseBotCommand,
  decide,
  evolve,
  initialState,
  parseScenario,
  tick,
  waitingOn,
  type Command,
  type ExerciseCreated,
  type ExerciseState,
  type GameEvent,
  type RngState,
  type Scenario,
} from '@council/shared';
import { roller, seedRng, type Roller } from '../../../shared/src/rng/sfc32';
import { addSeconds } from '../../../shared/src/time/gameTime';

export const SCENARIOS = ['baltic-tripwire', 'ukraine-ceasefire'] as const;
export type ScenarioFile = (typeof SCENARIOS)[number];

const scenarios = new Map<ScenarioFile, Scenario>();

export function scenarioOf(file: ScenarioFile): Scenario {
  let scenario = scenarios.get(file);
  if (!scenario) {
    const text = readFileSync(new URL(`../../../scenarios/${file}.json`, import.meta.url), 'utf8');
    const parsed = parseScenario(JSON.parse(text));
    if (!parsed.ok) throw new Error(`${file} does not load`);
    scenarios.set(file, (scenario = parsed.scenario));
  }
  return scenario;
}

/** Who made events happen: a seat's command, Control's, or the clock (a phase timer running out). */
export type Cause =
  | { readonly kind: 'seat'; readonly seatId: string; readonly command: Command }
  | { readonly kind: 'control'; readonly command: Command }
  | { readonly kind: 'clock' };

export interface Watcher {
  /** After each event is applied: the state before it, the event, the state after. */
  event(before: ExerciseState, event: GameEvent, after: ExerciseState, cause: Cause): void;
  /** After each command or tick, once all its events are applied: what the server would publish. */
  published(
    state: ExerciseState,
    log: readonly GameEvent[],
    cause: Cause,
    events: readonly GameEvent[],
  ): void;
}

export interface GameOptions {
  readonly file: ScenarioFile;
  readonly seed: number;
  /** Turns to play; the run also stops after `maxCommands`. */
  readonly turns: number;
  readonly maxCommands?: number;
}

export interface GameRecord {
  readonly log: readonly GameEvent[];
  readonly state: ExerciseState;
  readonly commands: number;
  readonly refusedDraws: number;
  readonly byType: ReadonlyMap<string, number>;
}

const WALL_START = '2026-12-07T09:00:00.000Z';

/** Commands random play leaves out: ending stops the game short, and rollbacks have their own tests. */
const LEFT_OUT = new Set(['endExercise', 'rollBack', 'repairLog']);

/**
 * How often each kind of command is drawn against the others (1 unless listed): units are given
 * orders often enough to meet, fight and cross borders within a game; reading and submitting,
 * which close nothing by themselves, less.
 */
const KIND_WEIGHTS: Readonly<Record<string, number>> = {
  moveUnit: 6,
  deployUnit: 6,
  stageUnit: 3,
  alertUnit: 2,
  assignToNato: 2,
  haltUnit: 0.5,
  tableDraft: 3,
  takePosition: 3,
  placeUnderSilence: 2,
  overrideResult: 2,
  markRead: 0.3,
  submitMoves: 0.3,
};

export function createdEvent(file: ScenarioFile, seed: number, dice: Roller): ExerciseCreated {
  const scenario = scenarioOf(file);
  const variants = scenario.forces?.variants.map((v) => v.id) ?? [];
  const variant = variants.length ? variants[Math.floor(dice.unit() * variants.length)] : undefined;
  return {
    type: 'exerciseCreated',
    exerciseId: `long-${file}-${seed}`,
    code: 'LONGGM',
    title: `Long game ${seed}`,
    createdAt: WALL_START,
    scenario,
    seed,
    ...(variant ? { variant } : {}),
  };
}

export function playLongGame(options: GameOptions, watcher: Watcher): GameRecord {
  const dice = roller(seedRng(options.seed));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(dice.unit() * list.length)]!;
  const chance = (p: number) => dice.unit() < p;
  /** A kind of command, the forces orders that move units more often than the rest. */
  const weighted = (kinds: readonly string[]): string => {
    const total = kinds.reduce((sum, k) => sum + (KIND_WEIGHTS[k] ?? 1), 0);
    let draw = dice.unit() * total;
    return kinds.find((k) => (draw -= KIND_WEIGHTS[k] ?? 1) < 0) ?? kinds[kinds.length - 1]!;
  };
  const created = createdEvent(options.file, options.seed, dice);
  let state = initialState(created);
  const log: GameEvent[] = [created];
  let now = WALL_START;
  let commands = 0;
  let refusedDraws = 0;
  const byType = new Map<string, number>();
  const botRngs = new Map<string, RngState>();

  const apply = (events: readonly GameEvent[], cause: Cause) => {
    for (const event of events) {
      const before = state;
      state = evolve(state, event);
      log.push(event);
      watcher.event(before, event, state, cause);
    }
    watcher.published(state, log, cause, events);
  };
  const causeOf = (seatId: string, command: Command): Cause =>
    actorFor(state, seatId).isControl ? { kind: 'control', command } : { kind: 'seat', seatId, command };
  /** Decides a command as the server would; true when accepted (a refusal changes nothing). */
  const send = (seatId: string, command: Command): boolean => {
    const result = decide(state, command, {
      actor: actorFor(state, seatId),
      now,
      newSeatTokenHash: `hash-${seatId}-${log.length}`,
    });
    if (!result.ok) return false;
    commands++;
    byType.set(command.type, (byType.get(command.type) ?? 0) + 1);
    apply(result.value, causeOf(seatId, command));
    return true;
  };
  /**
   * One legal command of the seat, drawn from its generators: a kind of command first (so Control's
   * hundreds of forces orders do not crowd out its overrides and injects), then one of that kind,
   * until `decide` accepts one. Null when nothing drawn is legal.
   */
  const randomLegal = (seatId: string): boolean => {
    const byKind = new Map<string, Command[]>();
    for (const command of candidateCommands(state, seatId)) {
      if (LEFT_OUT.has(command.type)) continue;
      byKind.set(command.type, [...(byKind.get(command.type) ?? []), command]);
    }
    for (let draw = 0; draw < 24 && byKind.size > 0; draw++) {
      const kind = weighted([...byKind.keys()]);
      const list = byKind.get(kind)!;
      const index = Math.floor(dice.unit() * list.length);
      const [command] = list.splice(index, 1);
      if (list.length === 0) byKind.delete(kind);
      if (send(seatId, command!)) return true;
      refusedDraws++;
    }
    return false;
  };
  const botMove = (seatId: string): void => {
    const brief = botBrief(state, seatId, now);
    if (!brief) return;
    const choice = chooseBotCommand(brief, botRngs.get(seatId) ?? botRng(options.seed, seatId));
    botRngs.set(seatId, choice.rng);
    // A bot chooses among legal commands only: a refusal is a defect of the generators.
    if (choice.command && !send(seatId, choice.command))
      throw new Error(`${seatId}'s bot chose a refused command: ${JSON.stringify(choice.command)}`);
  };
  const passTime = (seconds: number) => {
    now = addSeconds(now, seconds);
    // The server ticks every second; one tick here catches up with a timer that ran out.
    const events = tick(state, { now });
    if (events.length > 0) apply(events, { kind: 'clock' });
  };

  // Seats: some claimed by people, some left to their capitals; Control hands others to bots.
  const seats = state.scenario.seats.filter((s) => s.kind !== 'control');
  const toBots: string[] = [];
  for (const seat of seats) {
    const u = dice.unit();
    if (u < 0.45) {
      apply(
        [
          {
            type: 'seatClaimed',
            seatId: seat.id,
            displayName: seat.label.en,
            tokenHash: `h-${seat.id}`,
            at: now,
          },
        ],
        {
          kind: 'seat',
          seatId: seat.id,
          command: { type: 'claimSeat', seatId: seat.id, displayName: seat.label.en },
        },
      );
    } else if (u < 0.7) toBots.push(seat.id);
  }
  for (const seatId of toBots) send('control', { type: 'handSeatToBot', seatId });
  send('control', { type: 'startExercise' });

  const maxCommands = options.maxCommands ?? options.turns * 40;
  while (state.clock.turn <= options.turns && commands < maxCommands && state.session.status !== 'ended') {
    const phase = state.session.phase;
    const turn = state.clock.turn;
    // Most is done in the decision phase, where orders are taken.
    const actions = Math.floor(dice.unit() * (phase === 'decision' ? 9 : 4));
    for (let i = 0; i < actions && state.session.phase === phase; i++) {
      passTime(1 + Math.floor(dice.unit() * 40));
      const held = seats.filter((s) => state.seats[s.id]).map((s) => s.id);
      if (chance(0.2) || held.length === 0) randomLegal('control');
      else {
        const seatId = pick(held);
        if (state.seats[seatId]?.bot) botMove(seatId);
        else randomLegal(seatId);
      }
    }
    if (state.session.phase !== phase || state.clock.turn !== turn) continue;
    if (state.session.status === 'paused') {
      send('control', { type: 'resumeExercise' });
      continue;
    }
    // Closing the decision phase: often everyone owing moves submits, and the last one closes it.
    if (phase === 'decision' && chance(0.5))
      for (const seatId of waitingOn(state)) send(seatId, { type: 'submitMoves' });
    if (state.session.phase === phase && state.clock.turn === turn) send('control', { type: 'advancePhase' });
  }
  return { log, state, commands, refusedDraws, byType };
}
