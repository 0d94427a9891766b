// The authoritative state of one exercise, rebuilt from its event log by `evolve`.
import type { ChannelsState } from '../channels/state';
import type { PositionPhrase } from '../council/phrases';
import type { AdoptionRoute, DomesticProcess, DraftStatus, Position, PositionSource } from '../model/council';
import type { Flag, Measure } from '../model/effects';
import type { ExerciseStatus, Phase } from '../model/vocabulary';
import type { RngState } from '../rng/sfc32';
import type { ForcesState } from '../forces/state';
import type { NegotiationState } from '../negotiation/state';
import type { ConsoleState } from '../control/state';
import type { ReviewState } from '../review/state';
import type { Scenario } from '../scenario/schema';
import type { Wording } from '../scenario/text';
import type { LocalisedText } from '../scenario/text';

export interface SeatHolder {
  readonly displayName: string;
  /** SHA-256 of the seat token the holder's browser keeps; the token itself is never stored. */
  readonly tokenHash: string;
  readonly claimedAt: string;
  /** True while Control has handed the seat to a rule-based bot (the server plays it). */
  readonly bot?: boolean;
}

/** The session clock: real time, run by Control. */
export interface SessionClock {
  readonly status: ExerciseStatus;
  /** Null in the lobby. */
  readonly phase: Phase | null;
  /** Wall time the phase closes while running and timed; null when paused or untimed. */
  readonly phaseEndsAt: string | null;
  /** Seconds left while paused and timed; null otherwise. */
  readonly remainingSeconds: number | null;
  readonly phaseSeconds: Readonly<Record<Phase, number>>;
  readonly hotwash: boolean;
  /** Seats that submitted their moves in this decision phase. */
  readonly submitted: readonly string[];
}

/**
 * The game clock. While the turn is played (situation to decision) `time` is the start of the
 * turn's window [time, time + stepHours); adjudication moves `time` to the window's end.
 */
export interface GameClock {
  readonly turn: number;
  readonly time: string;
  readonly stepHours: number;
}

/** An ally's domestic politics as it stands now: the scenario's values, shifted by effects. */
export interface AllyProfile {
  readonly id: string;
  readonly name: LocalisedText;
  readonly nation: string;
  readonly domesticProcess: DomesticProcess;
  readonly coalitionFragility: number;
  readonly electionSoon: boolean;
  readonly kremlinInfluence: number;
  readonly publicOpinion: number;
  readonly usStance: number;
  readonly defaultDisposition: number;
  readonly dispositions: Readonly<Record<string, number>>;
}

/** The chance behind a position the capital model chose, kept for Control and the review. */
export interface PositionRoll {
  readonly score: number;
  readonly pSupport: number;
  readonly draw: number;
}

export interface PositionRecord {
  readonly position: Position;
  readonly text: string | null;
  /** A stand worded by the rules, for readers' clients to word (ADR 0019). */
  readonly phrase: PositionPhrase | null;
  /** Game time the position counts from. */
  readonly at: string;
  readonly source: PositionSource;
  /** For a blocking position: game time the capital reviews it if nobody plays the ally. */
  readonly reviewAt: string | null;
  readonly roll: PositionRoll | null;
}

export interface Draft {
  readonly id: string;
  readonly revision: number;
  readonly supersedes: string | null;
  readonly itemIds: readonly string[];
  /** The chair's own words, or the items' catalogue texts in every language. */
  readonly text: Wording;
  readonly tabledAt: string;
  readonly status: DraftStatus;
  readonly silenceDeadline: string | null;
  /** Game time each ally's instructions arrive, by ally id. */
  readonly instructionsAt: Readonly<Record<string, string>>;
  readonly positions: Readonly<Record<string, PositionRecord>>;
  readonly adoptedAt: string | null;
  readonly adoptedVia: AdoptionRoute | null;
  /** Allies whose objections or amendment requests this revision answers. */
  readonly accommodates: readonly string[];
}

/** An item's history on the agenda; latency is game hours from first raised to adopted. */
export interface AgendaItem {
  readonly raisedAt: string;
  readonly raisedBy: string | null;
  readonly adoptedAt: string | null;
  readonly latencyHours: number | null;
}

export interface CouncilState {
  readonly allies: Readonly<Record<string, AllyProfile>>;
  /** Ally ids in the scenario's order: the order positions are listed and rolled. */
  readonly allyOrder: readonly string[];
  readonly agenda: Readonly<Record<string, AgendaItem>>;
  readonly drafts: Readonly<Record<string, Draft>>;
  readonly draftOrder: readonly string[];
}

export interface FiredInject {
  readonly injectId: string;
  readonly turn: number;
  readonly gameTime: string;
}

/** Where a turn began: the log position just after the events that opened it (ADR 0012). */
export interface TurnStart {
  readonly turn: number;
  readonly seq: number;
}

export interface ExerciseState {
  readonly exerciseId: string;
  readonly code: string;
  readonly title: string;
  readonly createdAt: string;
  readonly scenario: Scenario;
  readonly seats: Readonly<Record<string, SeatHolder>>;
  /** Number of events applied so far; the next event gets this sequence number. */
  readonly seq: number;
  readonly rng: RngState;
  readonly session: SessionClock;
  readonly clock: GameClock;
  readonly council: CouncilState;
  readonly measures: Readonly<Record<Measure, number>>;
  readonly flags: Readonly<Record<Flag, boolean>>;
  readonly injects: readonly FiredInject[];
  /** Channels, their messages and each reader's progress. */
  readonly channels: ChannelsState;
  /** Units, routes and the battlefield clock; null when the scenario has no forces section. */
  readonly forces: ForcesState | null;
  /** The talks' draft, initials, signatures and history; null when the scenario has no negotiation. */
  readonly negotiation: NegotiationState | null;
  /** Control's console: ad-hoc injects, broadcasts, assistant keys (control/, ADR 0009). */
  readonly console: ConsoleState;
  /** The start of each turn of the history that counts, oldest first: where Control may roll back to. */
  readonly turnStarts: readonly TurnStart[];
  /** The after-action record: tags, hot wash questions and answers, whether seats see it all. */
  readonly review: ReviewState;
  /**
   * Set when a stored event could not be applied (ADR 0016): the state is the one just before it,
   * every command but Control's repair is refused, and the clock stands still.
   */
  readonly underRepair?: RepairNeeded;
}

/** The first stored event that could not be applied: its log position and type. */
export interface RepairNeeded {
  readonly seq: number;
  readonly type: string;
}

export interface Actor {
  /** The seat this connection holds, if any. */
  readonly seatId: string | null;
  /** True for a connection that proved the control key. */
  readonly isControl: boolean;
  /** Control only: the lead (the exercise's control key; the default) or an assistant (ADR 0009). */
  readonly controlRole?: 'lead' | 'assistant';
  /** An assistant's key id, so revoking the key unseats the connection at once. */
  readonly controlKeyId?: string;
  /** The name a Control member joined with (presence only; the rules never read it). */
  readonly controlName?: string;
}

export interface DecideContext {
  readonly actor: Actor;
  /** Wall-clock time of the command (ISO 8601), supplied by the server. */
  readonly now: string;
  /** Hash of a fresh seat token, made by the server in case the command claims a seat. */
  readonly newSeatTokenHash: string;
}

/** What `tick` needs: only the wall-clock time. */
export interface TickContext {
  readonly now: string;
}
