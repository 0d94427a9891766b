import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Client } from '@colyseus/sdk';
import type { ConnectionStatus, SessionSink } from '../store/types';
import { PROTOCOL_VERSION } from '@council/shared';
import { openRoomSession } from './session';

type Handler = (...args: unknown[]) => void;

/** Just the part of a Colyseus Room the session uses. */
class FakeRoom {
  reconnection = { maxRetries: 15 };
  handlers = new Map<string, Handler>();
  left = false;
  requests: [string, unknown][] = [];
  /** What `whoami` answers: this connection's Control role. */
  role: 'lead' | 'assistant' | null = null;
  /** What `orders` answers: this connection's forces order menu. */
  orders: unknown = { ok: true, menu: null };
  private signals: Record<string, Handler[]> = { drop: [], reconnect: [], leave: [] };
  onMessage(type: string, handler: Handler) {
    this.handlers.set(type, handler);
  }
  onDrop = (h: Handler) => void this.signals.drop!.push(h);
  onReconnect = (h: Handler) => void this.signals.reconnect!.push(h);
  onLeave = (h: Handler) => void this.signals.leave!.push(h);
  fire(signal: 'drop' | 'reconnect' | 'leave') {
    this.signals[signal]!.forEach((h) => h(4000));
  }
  async request(type: string, payload: unknown) {
    this.requests.push([type, payload]);
    if (type === 'whoami') return { controlRole: this.role };
    if (type === 'orders') return this.orders;
    return type === 'sync' ? { n: 1, view } : { ok: true };
  }
  async leave() {
    this.left = true;
    return 1000;
  }
}

const view = { seats: [], you: { seatId: null, isControl: false }, seq: 1 };

function fakeClient(outcomes: (FakeRoom | Error)[]) {
  const joins: unknown[] = [];
  const client = {
    joinOrCreate: async (_name: string, options: unknown) => {
      joins.push(options);
      const next = outcomes.shift() ?? new Error('fetch failed');
      if (next instanceof Error) throw next;
      return next;
    },
  };
  return { client: client as unknown as Client, joins };
}

function recordingSink(overrides: Partial<SessionSink> = {}) {
  const statuses: ConnectionStatus[] = [];
  const views: unknown[] = [];
  const roles: unknown[] = [];
  const sink: SessionSink = {
    credentials: () => ({ seatToken: 'tok' }),
    status: (s) => statuses.push(s),
    view: (v) => views.push(v),
    notice: () => undefined,
    controlRole: (role) => roles.push(role),
    refused: () => 'stop',
    ...overrides,
  };
  return { sink, statuses, views, roles };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('openRoomSession', () => {
  it('joins with the credentials, asks for the current view and follows pushed patches', async () => {
    const room = new FakeRoom();
    const { client, joins } = fakeClient([room]);
    const { sink, statuses, views } = recordingSink();
    openRoomSession(client, 'ABC234', sink);
    await vi.runAllTimersAsync();
    expect(joins).toEqual([{ protocolVersion: PROTOCOL_VERSION, code: 'ABC234', seatToken: 'tok' }]);
    expect(statuses).toEqual(['connecting', 'connected']);
    expect(views).toEqual([view]);
    room.handlers.get('patch')!({ n: 2, ops: [{ p: ['seq'], v: 2 }] });
    expect(views).toEqual([view, { ...view, seq: 2 }]);
    expect(view.seq).toBe(1); // the held view is never changed in place
    // A lost patch (3) is noticed at 4: nothing is applied and the whole view is asked for again.
    room.handlers.get('patch')!({ n: 4, ops: [{ p: ['seq'], v: 4 }] });
    expect(views).toHaveLength(2);
    expect(room.requests.filter(([type]) => type === 'sync')).toHaveLength(2);
    expect(room.reconnection.maxRetries).toBeLessThan(15);
  });

  it('asks for its Control role after every join, since the view does not carry it', async () => {
    const first = new FakeRoom();
    first.role = 'assistant';
    const second = new FakeRoom();
    second.role = 'lead';
    const { client } = fakeClient([first, second]);
    const { sink, roles } = recordingSink();
    openRoomSession(client, 'ABC234', sink);
    await vi.advanceTimersByTimeAsync(0);
    expect(first.requests.map(([type]) => type)).toContain('whoami');
    expect(roles).toEqual(['assistant']);
    // The room is gone (server restart): the fresh join asks again and reports what it is now.
    first.fire('leave');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(roles).toEqual(['assistant', 'lead']);
  });

  it('rejoins on request, with the credentials as they are now (a Control member renamed)', async () => {
    const first = new FakeRoom();
    const { client, joins } = fakeClient([first, new FakeRoom()]);
    let name = 'Control';
    const { sink } = recordingSink({ credentials: () => ({ controlKey: 'key', controlName: name }) });
    const session = openRoomSession(client, 'ABC234', sink);
    await vi.advanceTimersByTimeAsync(0);
    name = 'Lea';
    session.rejoin!();
    expect(first.left).toBe(true);
    first.fire('leave');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(joins).toEqual([
      { protocolVersion: PROTOCOL_VERSION, code: 'ABC234', controlKey: 'key', controlName: 'Control' },
      { protocolVersion: PROTOCOL_VERSION, code: 'ABC234', controlKey: 'key', controlName: 'Lea' },
    ]);
  });

  it('retries with back-off while the server is unreachable', async () => {
    const room = new FakeRoom();
    const { client, joins } = fakeClient([new Error('Failed to fetch'), new Error('Failed to fetch'), room]);
    const { sink, statuses } = recordingSink();
    openRoomSession(client, 'ABC234', sink);
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('offline');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(joins).toHaveLength(3);
    expect(statuses.at(-1)).toBe('connected');
  });

  it('stops on a refusal the store cannot fix, retries at once when it can', async () => {
    const refused = new Error('BAD_SEAT_TOKEN: stale');
    const { client, joins } = fakeClient([refused, new FakeRoom()]);
    const { sink, statuses } = recordingSink({ refused: () => 'retry' });
    openRoomSession(client, 'ABC234', sink);
    await vi.advanceTimersByTimeAsync(0);
    expect(joins).toHaveLength(2);
    expect(statuses.at(-1)).toBe('connected');

    const other = fakeClient([new Error('NO_SUCH_EXERCISE: none')]);
    const second = recordingSink();
    openRoomSession(other.client, 'QWERTY', second.sink);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(other.joins).toHaveLength(1);
    expect(second.statuses.at(-1)).toBe('refused');
  });

  it('shows brief drops as reconnecting and rejoins when the room is gone', async () => {
    const first = new FakeRoom();
    const second = new FakeRoom();
    const { client, joins } = fakeClient([first, second]);
    const { sink, statuses } = recordingSink();
    openRoomSession(client, 'ABC234', sink);
    await vi.advanceTimersByTimeAsync(0);
    first.fire('drop');
    expect(statuses.at(-1)).toBe('reconnecting');
    first.fire('reconnect');
    expect(statuses.at(-1)).toBe('connected');
    first.fire('leave');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(joins).toHaveLength(2);
    expect(statuses.at(-1)).toBe('connected');
  });

  it('sends commands through the room and leaves on close', async () => {
    const room = new FakeRoom();
    const { client } = fakeClient([room]);
    const session = openRoomSession(client, 'ABC234', recordingSink().sink);
    await vi.advanceTimersByTimeAsync(0);
    const reply = await session.sendCommand({ type: 'releaseSeat', seatId: 'est' });
    expect(reply).toEqual({ ok: true });
    expect(room.requests.at(-1)).toEqual(['command', { type: 'releaseSeat', seatId: 'est' }]);
    session.close();
    expect(room.left).toBe(true);
    expect(await session.sendCommand({ type: 'releaseSeat', seatId: 'est' })).toMatchObject({
      code: 'NETWORK',
    });
  });

  it('asks for the seat’s order menu on request only, and checks the reply', async () => {
    const room = new FakeRoom();
    const { client } = fakeClient([room]);
    const session = openRoomSession(client, 'ABC234', recordingSink().sink);
    await vi.advanceTimersByTimeAsync(0);
    // Joining asks for the view and the role, not the menu: the forces panel asks when shown.
    expect(room.requests.map(([type]) => type)).not.toContain('orders');
    const menu = { open: false, closedReason: 'Not now.', units: [], theatre: [] };
    room.orders = { ok: true, menu };
    expect(await session.orderMenu()).toEqual({ ok: true, menu });
    expect(room.requests.at(-1)).toEqual(['orders', undefined]);
    room.orders = { ok: true, menu: null };
    expect(await session.orderMenu()).toEqual({ ok: true, menu: null });
    room.orders = { ok: false, code: 'NOT_YOUR_SEAT', message: 'Claim a seat first.' };
    expect(await session.orderMenu()).toEqual({
      ok: false,
      code: 'NOT_YOUR_SEAT',
      message: 'Claim a seat first.',
    });
    room.orders = { ok: true, menu: { units: 'all' } };
    expect(await session.orderMenu()).toMatchObject({ ok: false, code: 'INTERNAL_ERROR' });
    session.close();
    expect(await session.orderMenu()).toMatchObject({ ok: false, code: 'NETWORK' });
  });
});
