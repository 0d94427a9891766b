// Types the store shares with the network module: what the client asks of the network.
import type {
  Command,
  CommandReply,
  CreateExerciseResponse,
  ErrorCode,
  ExerciseView,
  ForceOrderMenu,
  HistoryReply,
  HistoryRequest,
  RefusalParams,
  ScenarioSummary,
} from '@council/shared';

/** A failure the client sees: a server rejection code, or NETWORK when no answer came back. */
export type AppErrorCode = ErrorCode | 'NETWORK';
export interface AppError {
  readonly code: AppErrorCode;
  readonly message: string;
  /** What the refusal is worded from in the reader's language (protocol/refusals.ts). */
  readonly params?: RefusalParams;
}

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export type CommandOutcome =
  CommandReply | { readonly ok: false; readonly code: 'NETWORK'; readonly message: string };

/** The answer to asking for the seat's forces order menu (`orders`, ADR 0014). */
/** The unit (and destination) whose orders' arrivals an `orders` request asks for. */
export type OrderMenuAsk = { readonly unitId: string; readonly destination: string | null } | null;

export type OrderMenuOutcome =
  | { readonly ok: true; readonly menu: ForceOrderMenu | null }
  | {
      readonly ok: false;
      readonly code: AppErrorCode;
      readonly message: string;
      readonly params?: RefusalParams;
    };

/** The answer to asking for a page of a channel's older messages (`history`). */
export type HistoryOutcome =
  | Extract<HistoryReply, { ok: true }>
  | {
      readonly ok: false;
      readonly code: AppErrorCode;
      readonly message: string;
      readonly params?: RefusalParams;
    };

/** GET /api/exercises/:code */
export interface ExerciseSummary {
  readonly exerciseId: string;
  readonly code: string;
  readonly title: string;
  readonly scenario: { readonly id: string; readonly title: string };
}

export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'refused';

export interface JoinCredentials {
  readonly controlKey?: string;
  readonly seatToken?: string;
  /** Sent with a control key only: the name the Control team sees. */
  readonly controlName?: string;
}

/** The lead may do everything; an assistant all but end, roll back, fork and manage keys (ADR 0009). */
export type ControlRole = 'lead' | 'assistant';

/** What a live session reports back; the store implements it. */
export interface SessionSink {
  /** Read before every join attempt, so a token saved after a claim is used on the next rejoin. */
  credentials(): JoinCredentials;
  status(status: ConnectionStatus, retryInMs?: number): void;
  view(view: ExerciseView): void;
  notice(notice: AppError): void;
  /** This connection's Control role as the server answered it (null: a player). */
  controlRole(role: ControlRole | null): void;
  /** The server refused the join; 'retry' after fixing the credentials, 'stop' to give up. */
  refused(error: AppError): 'retry' | 'stop';
}

export interface Session {
  sendCommand(command: Command): Promise<CommandOutcome>;
  /** This connection's own forces order menu, asked for while the forces panel shows it. */
  /** The seat's order menu; naming a unit (and a destination) adds their arrivals (ADR 0018). */
  orderMenu(asked?: OrderMenuAsk): Promise<OrderMenuOutcome>;
  /** A page of older messages of a channel this connection reads (the view holds the recent ones). */
  history(request: HistoryRequest): Promise<HistoryOutcome>;
  /** Leaves the room and joins again with fresh credentials (a Control member's new name). */
  rejoin?(): void;
  close(): void;
}

/** Everything the client needs from the network; `net/` provides it, tests fake it. */
export interface Transport {
  listScenarios(): Promise<Outcome<ScenarioSummary[]>>;
  createExercise(
    scenarioId: string,
    title: string,
    variant?: string,
    /** The installation's operator key, when it asks for one (ADR 0021). */
    operatorKey?: string,
    /** Assumptions changed from the register's defaults (ADR 0027). */
    assumptions?: Readonly<Record<string, string | number>>,
  ): Promise<Outcome<CreateExerciseResponse>>;
  findExercise(code: string): Promise<Outcome<ExerciseSummary>>;
  openSession(code: string, sink: SessionSink): Session;
}
