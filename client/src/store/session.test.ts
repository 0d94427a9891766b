// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  installFakeTransport,
  makeView,
  resetStore,
  withHolder,
  type FakeServer,
} from '../test/fakeTransport';
import { takeControlKeyFromLink } from './persist';
import { useStore } from './store';

let server: FakeServer;
const store = () => useStore.getState();

beforeEach(() => {
  resetStore();
  server = installFakeTransport();
});

describe('joining an exercise', () => {
  it('passes the stored seat token and control key to every join attempt', () => {
    localStorage.setItem('council:seat:ABC234', 'tok');
    localStorage.setItem('council:control:ABC234', 'key');
    store().enterExercise('ABC234');
    expect(server.sink().credentials()).toEqual({ seatToken: 'tok', controlKey: 'key' });
  });

  it('drops a stale seat token when the view says we hold no seat', () => {
    localStorage.setItem('council:seat:ABC234', 'tok');
    store().enterExercise('ABC234');
    server.sink().view(makeView());
    expect(localStorage.getItem('council:seat:ABC234')).toBeNull();
  });

  it('keeps the token while the seat is ours', () => {
    localStorage.setItem('council:seat:ABC234', 'tok');
    store().enterExercise('ABC234');
    server.sink().view(makeView({ you: { seatId: 'est', isControl: false } }));
    expect(localStorage.getItem('council:seat:ABC234')).toBe('tok');
  });

  it('retries without a rejected control key, and stops on an unknown exercise', () => {
    localStorage.setItem('council:control:ABC234', 'bad');
    store().enterExercise('ABC234');
    expect(server.sink().refused({ code: 'BAD_CONTROL_KEY', message: 'no' })).toBe('retry');
    expect(localStorage.getItem('council:control:ABC234')).toBeNull();
    expect(server.sink().refused({ code: 'NO_SUCH_EXERCISE', message: 'no' })).toBe('stop');
    expect(store().refusal?.code).toBe('NO_SUCH_EXERCISE');
  });

  it('a wrong control link does not cost the browser the key that worked', () => {
    localStorage.setItem('council:control:ABC234', 'good');
    takeControlKeyFromLink('ABC234', 'wrong');
    store().enterExercise('ABC234');
    expect(server.sink().credentials().controlKey).toBe('wrong');
    expect(server.sink().refused({ code: 'BAD_CONTROL_KEY', message: 'no' })).toBe('retry');
    expect(server.sink().credentials().controlKey).toBe('good');
    expect(store().notice?.code).toBe('BAD_CONTROL_KEY');
  });

  it('ignores a closed session', () => {
    store().enterExercise('ABC234');
    const old = server.sink();
    store().leaveExercise();
    old.view(makeView());
    old.status('connected');
    expect(store().view).toBeNull();
    expect(store().connection).toBe('idle');
    expect(server.closed).toBe(1);
  });

  it('announces what others did', () => {
    store().enterExercise('ABC234');
    const first = makeView();
    server.sink().view(first);
    server.sink().view(withHolder(first, 'usa', 'Sam'));
    expect(store().announcements).toEqual([
      {
        key: 'announce.claimed',
        params: { name: 'Sam', seat: { en: 'United States', fr: 'United States' } },
      },
    ]);
  });
});

describe('claiming a seat', () => {
  beforeEach(() => {
    store().enterExercise('ABC234');
    server.sink().status('connected');
    server.sink().view(makeView());
  });

  it('asks for a name first', async () => {
    await store().claimSeat('usa');
    expect(store().seatError).toBe('nameRequired');
    expect(server.sent).toEqual([]);
  });

  it('sends the claim and keeps the seat token', async () => {
    server.reply = () => ({ ok: true, seatToken: 'secret' });
    store().setDisplayName('  Sam ');
    await store().claimSeat('usa');
    expect(server.sent).toEqual([{ type: 'claimSeat', seatId: 'usa', displayName: 'Sam' }]);
    expect(localStorage.getItem('council:seat:ABC234')).toBe('secret');
    expect(localStorage.getItem('council:name')).toBe('Sam');
  });

  it('keeps a refusal with the seat it was about', async () => {
    server.reply = () => ({
      ok: false,
      code: 'SEAT_TAKEN',
      message: 'United States is already held by Ann.',
    });
    store().setDisplayName('Sam');
    await store().claimSeat('usa');
    expect(store().seatError).toMatchObject({ error: { code: 'SEAT_TAKEN' }, seatId: 'usa' });
    expect(store().pendingSeat).toBeNull();
  });
});

describe('connection announcements', () => {
  it('says when the connection drops and when it is back, once each', () => {
    store().enterExercise('ABC234');
    const sink = server.sink();
    sink.status('connected');
    sink.status('reconnecting');
    expect(store().announcements).toEqual([{ key: 'announce.connectionLost', params: {} }]);
    const id = store().announceId;
    sink.status('offline', 2000);
    expect(store().announceId).toBe(id);
    expect(store().retryAt).toBeGreaterThan(Date.now());
    sink.status('connected');
    expect(store().announcements).toEqual([{ key: 'announce.connectionBack', params: {} }]);
  });
});
