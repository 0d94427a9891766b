// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Lobby } from '../lobby/Lobby';
import { useStore } from '../../store';
import {
  installFakeTransport,
  makeView,
  resetStore,
  withHolder,
  type FakeServer,
} from '../../test/fakeTransport';

let server: FakeServer;

function joinWith(view = makeView()) {
  act(() => {
    useStore.getState().enterExercise('ABC234');
    server.sink().status('connected');
    server.sink().view(view);
  });
}

beforeEach(() => {
  resetStore();
  server = installFakeTransport();
});
afterEach(cleanup);

describe('the seat board', () => {
  it('groups seats by kind and shows holders and presence in words', () => {
    joinWith();
    render(<Lobby />);
    const allies = screen.getByTestId('seat-group-ally');
    expect(within(allies).getByText('Allies')).toBeTruthy();
    expect(screen.getByTestId('free-usa').textContent).toBe('Free');
    expect(screen.queryByTestId('holder-usa')).toBeNull();
    expect(screen.getByTestId('holder-est').textContent).toBe('Kadri');
    expect(screen.getByTestId('presence-est').textContent).toContain('Connected');
    expect(screen.getByTestId('join-code').textContent).toBe('ABC234');
  });

  it('says a bot plays a seat rather than that nobody is connected', () => {
    const view = makeView();
    joinWith({
      ...view,
      seats: view.seats.map((s) =>
        s.id === 'red' ? { ...s, holder: { displayName: 'Bot', bot: true } } : s,
      ),
    });
    render(<Lobby />);
    expect(screen.getByTestId('presence-red').textContent).toBe('⚙ Played by a bot');
  });

  it('claims a free seat under the name entered', async () => {
    server.reply = () => ({ ok: true, seatToken: 't' });
    joinWith();
    render(<Lobby />);
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Sam' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Claim the seat United States' }));
    });
    expect(server.sent).toEqual([{ type: 'claimSeat', seatId: 'usa', displayName: 'Sam' }]);
    act(() => server.sink().view(withHolder(makeView(), 'usa', 'Sam', { seatId: 'usa', isControl: false })));
    expect(screen.getByTestId('your-seat-label').textContent).toBe('You hold United States');
    expect(screen.getByTestId('holder-usa').textContent).toBe('Sam (you)');
    expect(screen.queryByTestId('claim-secgen')).toBeNull();
    expect(screen.getByTestId('release-own')).toBeTruthy();
  });

  it('shows a refused claim in an alert, worded in the chosen language from the refusal’s params', async () => {
    server.reply = () => ({
      ok: false,
      code: 'SEAT_TAKEN',
      message: 'United States is already held by Ann.',
      params: { reason: 'held', seat: { en: 'United States', fr: 'États-Unis' }, name: 'Ann' },
    });
    joinWith();
    render(<Lobby />);
    act(() => useStore.getState().setLocale('fr'));
    fireEvent.change(screen.getByLabelText('Votre nom'), { target: { value: 'Sam' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('claim-usa'));
    });
    const alert = screen.getByRole('alert').textContent ?? '';
    expect(alert).toContain('Le siège États-Unis est déjà occupé par Ann. Choisissez-en un autre.');
    expect(alert).not.toContain('already held');
  });

  it('asks for a name before claiming', async () => {
    joinWith();
    render(<Lobby />);
    await act(async () => {
      fireEvent.click(screen.getByTestId('claim-usa'));
    });
    expect(screen.getByRole('alert').textContent).toContain('Enter your name');
    expect(screen.getByTestId('display-name').getAttribute('aria-invalid')).toBe('true');
    expect(server.sent).toEqual([]);
  });

  it('lets Control free any held seat but not claim one', async () => {
    joinWith(makeView({ you: { seatId: null, isControl: true }, controlConnections: 1 }));
    render(<Lobby />);
    expect(screen.queryByTestId('claim-usa')).toBeNull();
    expect(screen.queryByTestId('display-name')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Release the seat Estonia held by Kadri' }));
    });
    expect(server.sent).toEqual([]);
    await act(async () => {
      fireEvent.click(screen.getByTestId('release-est-confirm'));
    });
    expect(server.sent).toEqual([{ type: 'releaseSeat', seatId: 'est' }]);
    expect(screen.getByTestId('holder-control').textContent).toBe('Facilitator');
  });

  it('disables seat buttons while the connection is down', () => {
    joinWith();
    render(<Lobby />);
    act(() => server.sink().status('reconnecting'));
    expect((screen.getByTestId('claim-usa') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('stale-banner')).toBeTruthy();
  });

  it('shows the control key once, right after creating the exercise', () => {
    useStore.setState({ freshControlKey: { code: 'ABC234', key: 'k-123' } });
    joinWith(makeView({ you: { seatId: null, isControl: true } }));
    render(<Lobby />);
    expect(screen.getByTestId('control-key').textContent).toBe('k-123');
    expect(screen.getByTestId('control-link').textContent).toMatch(/\/x\/ABC234#control=k-123$/);
    fireEvent.click(screen.getByTestId('control-key-dismiss'));
    expect(screen.queryByTestId('control-key')).toBeNull();
  });
});
