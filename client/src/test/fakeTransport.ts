// A Transport for tests: records what the client sends and lets a test play the server.
import type { Command, ExerciseView, HistoryRequest, SeatView } from '@council/shared';
import { setTransport, useStore } from '../store';
import type {
  CommandOutcome,
  HistoryOutcome,
  OrderMenuAsk,
  OrderMenuOutcome,
  Outcome,
  SessionSink,
  Transport,
} from '../store/types';
import { verbatim } from '@council/shared';

export interface FakeServer {
  readonly transport: Transport;
  readonly sent: Command[];
  /** The sink of the latest session the store opened. */
  sink(): SessionSink;
  reply: (command: Command) => CommandOutcome;
  /** What `orders` answers (the seat's forces order menu); each request is counted. */
  /** Answers the `orders` request; `asked` names the unit (and destination) whose arrivals are wanted. */
  orderMenu: (asked: OrderMenuAsk) => OrderMenuOutcome | Promise<OrderMenuOutcome>;
  /** What the last `orders` request asked arrivals for (null: nothing). */
  lastMenuAsk: OrderMenuAsk;
  menuRequests: number;
  /** What `history` answers; each request is recorded. */
  history: (request: HistoryRequest) => HistoryOutcome | Promise<HistoryOutcome>;
  historyRequests: HistoryRequest[];
  closed: number;
}

export function installFakeTransport(overrides: Partial<Transport> = {}): FakeServer {
  const sinks: SessionSink[] = [];
  const server: FakeServer = {
    sent: [],
    closed: 0,
    reply: () => ({ ok: true }),
    orderMenu: () => ({ ok: true, menu: null }),
    history: (request) => ({ ok: true, channelId: request.channelId, earlier: 0, messages: [] }),
    historyRequests: [],
    menuRequests: 0,
    lastMenuAsk: null,
    sink() {
      const sink = sinks.at(-1);
      if (!sink) throw new Error('no session was opened');
      return sink;
    },
    transport: {
      listScenarios: async () => ({ ok: true, value: [] }),
      createExercise: async (): Promise<Outcome<never>> => ({
        ok: false,
        error: { code: 'INTERNAL_ERROR', message: 'not faked' },
      }),
      findExercise: async (): Promise<Outcome<never>> => ({
        ok: false,
        error: { code: 'NO_SUCH_EXERCISE', message: 'not faked' },
      }),
      openSession(_code, sink) {
        sinks.push(sink);
        return {
          sendCommand: async (command) => {
            server.sent.push(command);
            return server.reply(command);
          },
          orderMenu: async (asked: OrderMenuAsk = null) => {
            server.menuRequests += 1;
            server.lastMenuAsk = asked;
            return server.orderMenu(asked);
          },
          history: async (request) => {
            server.historyRequests.push(request);
            return server.history(request);
          },
          close: () => {
            server.closed += 1;
          },
        };
      },
      ...overrides,
    },
  };
  setTransport(server.transport);
  return server;
}

const initialState = useStore.getState();

/** Back to a fresh store and empty storage, at the home page. */
export function resetStore(): void {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  useStore.setState(initialState, true);
}

const seat = (
  id: string,
  kind: SeatView['kind'],
  label: string,
  extra: Partial<SeatView> = {},
): SeatView => ({
  id,
  kind,
  label: verbatim(label),
  nation: null,
  description: null,
  holder: null,
  connected: false,
  ...extra,
});

/** A view in the lobby: nothing started yet; exercise tests override clock, council and the rest. */
export function makeView(overrides: Partial<ExerciseView> = {}): ExerciseView {
  return {
    exerciseId: 'ex-1',
    code: 'ABC234',
    title: 'Staff course 24',
    scenario: {
      id: 'baltic-tripwire',
      title: verbatim('Baltic Trip-wire'),
      summary: verbatim('Forces mass.'),
    },
    seats: [
      seat('control', 'control', 'Control (White cell)'),
      seat('secgen', 'secretaryGeneral', 'Secretary General'),
      seat('saceur', 'saceur', 'SACEUR'),
      seat('usa', 'ally', 'United States', { nation: 'USA' }),
      seat('est', 'ally', 'Estonia', { nation: 'EST', holder: { displayName: 'Kadri' }, connected: true }),
      seat('red', 'red', 'Red cell (Russia)'),
      seat('observer', 'observer', 'Observer / analyst'),
    ],
    controlConnections: 0,
    you: { seatId: null, isControl: false },
    seq: 3,
    clock: {
      status: 'lobby',
      phase: null,
      turn: 0,
      gameTime: '2026-03-01T06:00:00.000Z',
      gameTimeLabel: 'D+0 06:00',
      stepHours: 12,
      phaseEndsAt: null,
      remainingSeconds: null,
      hotwash: false,
    },
    waitingOn: [],
    situation: null,
    picture: { decisions: [], escalationRung: 2 },
    injects: [],
    council: null,
    measures: { escalationRung: 2 },
    flags: null,
    own: null,
    dossiers: [],
    channels: { channels: [], unread: 0, unreadMentions: 0, openRfis: [] },
    forces: null,
    forcesProjection: null,
    negotiation: null,
    review: { unlocked: false, fullRecord: false, tags: [], hotwash: [] },
    broadcasts: [],
    controlRoom: null,
    ...overrides,
  };
}

/** The view after a seat changed hands. */
export function withHolder(
  view: ExerciseView,
  seatId: string,
  name: string | null,
  you?: ExerciseView['you'],
): ExerciseView {
  return {
    ...view,
    seq: view.seq + 1,
    you: you ?? view.you,
    seats: view.seats.map((s) =>
      s.id === seatId ? { ...s, holder: name ? { displayName: name } : null, connected: name !== null } : s,
    ),
  };
}
