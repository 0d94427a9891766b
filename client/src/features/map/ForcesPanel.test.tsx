// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExerciseView, ForceOrderMenuItem } from '@council/shared';
import { useStore, type OrderMenuOutcome } from '../../store';
import { installFakeTransport, resetStore, type FakeServer } from '../../test/fakeTransport';
import { ForcesPanel } from './ForcesPanel';
import { advanceTo, balticExercise, menuOf, order, viewOf, type ExerciseState } from './testExercise';

let server: FakeServer;

function show(view: ExerciseView) {
  act(() => {
    useStore.getState().enterExercise(view.code);
    server.sink().status('connected');
    server.sink().view(view);
  });
  return render(<ForcesPanel />);
}

/** The panel for the seat, once the server's order menu for that state has arrived. */
async function showLoaded(state: ExerciseState, seatId: string) {
  server.orderMenu = (asked) => menuOf(state, seatId, asked);
  show(viewOf(state, seatId));
  await settle();
  expect(screen.queryByTestId('order-menu-loading')).toBeNull();
}

/** Lets pending replies (the fake server answers in a microtask) reach the panel. */
const settle = () => act(async () => undefined);

/** A reply the test releases when it chooses: the menu "arrives later". */
function deferred() {
  let release!: (outcome: OrderMenuOutcome) => void;
  const promise = new Promise<OrderMenuOutcome>((resolve) => (release = resolve));
  return { promise, release };
}

beforeEach(() => {
  resetStore();
  server = installFakeTransport();
});
afterEach(cleanup);

describe('the forces panel', () => {
  it('draws the theatre, its places and the seat’s units as named buttons', () => {
    show(viewOf(balticExercise('saceur'), 'saceur'));
    const svg = screen.getByTestId('map-svg');
    expect(svg.querySelector('title')?.textContent).toContain('D+');
    expect(svg.querySelectorAll('path.map-country').length).toBeGreaterThan(5);
    expect(screen.getByTestId('place-tallinn').textContent).toContain('Tallinn');
    expect(screen.getByTestId('chokepoint-corridor')).toBeTruthy();
    const unit = screen.getByTestId('unit-gbr-efp-bg');
    expect(unit.getAttribute('role')).toBe('button');
    expect(unit.getAttribute('aria-label')).toMatch(/in place/);
    expect(unit.querySelector('image')?.getAttribute('href')).toMatch(/^data:image\/svg\+xml/);
  });

  it('selects a unit with Enter and offers its orders, closed ones with the reason', async () => {
    await showLoaded(balticExercise('saceur'), 'saceur');
    fireEvent.keyDown(screen.getByTestId('unit-vjtf-lead'), { key: 'Enter' });
    // Selecting a unit asks its orders' arrivals of the server.
    await settle();
    expect(server.lastMenuAsk).toEqual({ unitId: 'vjtf-lead', destination: null });
    const post = screen.getByTestId('command-post');
    expect(within(post).getByTestId('order-vjtf-lead-alertUnit')).toHaveProperty('disabled', false);
    fireEvent.change(within(post).getByTestId('order-destination-vjtf-lead'), {
      target: { value: 'tallinn' },
    });
    expect(within(post).getByTestId('order-vjtf-lead-deployUnit')).toHaveProperty('disabled', true);
    expect(screen.getByTestId('order-reason-vjtf-lead-deployUnit').textContent).toMatch(/NAC decision/);
    // No arrival for an order the rules refuse; the staging it may do has the server's arrival.
    expect(screen.queryByTestId('order-eta-vjtf-lead')).toBeNull();
    expect(screen.getByTestId('order-eta-vjtf-lead-stage').textContent).toMatch(/Predicted arrival D\+\d+/);
    fireEvent.click(within(post).getByTestId('order-vjtf-lead-alertUnit'));
    expect(server.sent).toEqual([{ type: 'alertUnit', unitId: 'vjtf-lead' }]);
  });

  it('shows a move under way with its arrival, and where it will be on the timeline', () => {
    let s = balticExercise('saceur');
    s = order(s, 'saceur', { type: 'moveUnit', unitId: 'gbr-efp-bg', destination: 'tallinn' });
    s = advanceTo(advanceTo(s, 'adjudication'), 'consultation');
    const view = viewOf(s, 'saceur');
    show(view);
    const unit = view.forces!.units.find((u) => u.id === 'gbr-efp-bg')!;
    expect(unit.order ?? unit.location).toBeTruthy();
    const label = screen.getByTestId('timeline-label');
    const slider = screen.getByTestId('timeline-slider');
    const now = label.textContent;
    fireEvent.change(slider, { target: { value: String(Number(slider.getAttribute('max'))) } });
    expect(label.textContent).not.toBe(now);
    expect(screen.getByTestId('unit-gbr-efp-bg').getAttribute('aria-label')).toMatch(/at Tallinn/);
  });

  it('lists the escalation rung and an empty report before any adjudication', async () => {
    await showLoaded(balticExercise('red'), 'red');
    expect(screen.getByTestId('escalation-rung').textContent).toMatch(/Current rung/);
    expect(screen.getByTestId('adjudication-report').textContent).toMatch(
      /No adjudication yet|Combat|Notice/,
    );
    expect(screen.getByTestId('command-post').textContent).toMatch(/Interdict/);
  });

  it('says so when the exercise has no forces', () => {
    const view = viewOf(balticExercise('saceur'), 'saceur');
    show({ ...view, forces: null });
    expect(screen.getByTestId('forces-panel').textContent).toMatch(/no forces/);
  });
});

describe('the order menu, asked of the server (ADR 0014)', () => {
  it('waits quietly for the menu, then offers the orders it allows and refuses with its reasons', async () => {
    const state = balticExercise('saceur');
    const reply = deferred();
    server.orderMenu = () => reply.promise;
    show(viewOf(state, 'saceur'));
    const post = screen.getByTestId('command-post');
    expect(within(post).getByTestId('order-menu-loading').textContent).toMatch(/Loading the orders/);
    // No unit is listed nor order offered before the server has said what the rules allow.
    expect(within(post).queryByTestId('cp-unit-vjtf-lead')).toBeNull();
    expect(within(post).queryByTestId('order-vjtf-lead-alertUnit')).toBeNull();
    await act(async () => reply.release(menuOf(state, 'saceur')));
    expect(within(post).queryByTestId('order-menu-loading')).toBeNull();
    server.orderMenu = (asked) => menuOf(state, 'saceur', asked);
    fireEvent.click(within(post).getByTestId('cp-unit-vjtf-lead'));
    await settle();
    expect(within(post).getByTestId('order-vjtf-lead-alertUnit')).toHaveProperty('disabled', false);
    fireEvent.change(within(post).getByTestId('order-destination-vjtf-lead'), {
      target: { value: 'tallinn' },
    });
    expect(within(post).getByTestId('order-vjtf-lead-deployUnit')).toHaveProperty('disabled', true);
    expect(within(post).getByTestId('order-reason-vjtf-lead-deployUnit').textContent).toMatch(/NAC/);
    // Opening, selecting the unit and choosing a destination: each asks its arrivals once.
    expect(server.menuRequests).toBe(3);
    expect(server.lastMenuAsk).toEqual({ unitId: 'vjtf-lead', destination: 'tallinn' });
  });

  it('follows the server: an order it refuses is closed with its message, whatever the client thinks', async () => {
    const state = balticExercise('saceur');
    const menu = menuOf(state, 'saceur');
    if (!menu.ok || !menu.menu) throw new Error('SACEUR has a menu');
    const refuse = (o: ForceOrderMenuItem): ForceOrderMenuItem =>
      o.type === 'alertUnit' ? { ...o, allowed: false, code: 'NOT_READY', reason: 'Held by the server.' } : o;
    server.orderMenu = () => ({
      ok: true,
      menu: { ...menu.menu!, units: menu.menu!.units.map((u) => ({ ...u, orders: u.orders.map(refuse) })) },
    });
    show(viewOf(state, 'saceur'));
    await settle();
    fireEvent.click(screen.getByTestId('cp-unit-vjtf-lead'));
    expect(screen.getByTestId('order-vjtf-lead-alertUnit')).toHaveProperty('disabled', true);
    // The rules' code in the reader's words, then their message.
    expect(screen.getByTestId('order-reason-vjtf-lead-alertUnit').textContent).toBe(
      'Not ready for this order — Held by the server.',
    );
  });

  it('shows a refusal’s message instead of the orders', async () => {
    server.orderMenu = () => ({ ok: false, code: 'NOT_YOUR_SEAT', message: 'Claim a seat first.' });
    show(viewOf(balticExercise('saceur'), 'saceur'));
    await settle();
    const post = screen.getByTestId('command-post');
    expect(within(post).getByTestId('order-menu-error').textContent).toBeTruthy();
    expect(within(post).queryByTestId('order-menu-loading')).toBeNull();
    expect(within(post).queryByTestId('cp-unit-vjtf-lead')).toBeNull();
    expect(within(post).queryByTestId('order-card-vjtf-lead')).toBeNull();
  });

  it('asks again when the forces or the phase change, once for a burst, not for a message', async () => {
    let state = balticExercise('saceur');
    const replies: ReturnType<typeof deferred>[] = [];
    server.orderMenu = () => {
      const reply = deferred();
      replies.push(reply);
      return reply.promise;
    };
    show(viewOf(state, 'saceur'));
    expect(server.menuRequests).toBe(1);
    await act(async () => replies[0]!.release(menuOf(state, 'saceur')));
    // A patch that leaves forces, clock and council as they were (a message elsewhere) asks nothing.
    const shown = useStore.getState().view!;
    act(() =>
      server.sink().view({ ...shown, seq: shown.seq + 1, channels: { ...shown.channels, unread: 1 } }),
    );
    expect(server.menuRequests).toBe(1);
    // A burst of changes while the first request is out: one request now, one more after it.
    state = order(state, 'saceur', { type: 'alertUnit', unitId: 'vjtf-lead' });
    act(() => server.sink().view(viewOf(state, 'saceur')));
    expect(server.menuRequests).toBe(2);
    for (const phase of ['adjudication', 'consultation', 'decision'] as const) {
      state = advanceTo(state, phase);
      act(() => server.sink().view(viewOf(state, 'saceur')));
    }
    expect(server.menuRequests).toBe(2);
    await act(async () => replies[1]!.release(menuOf(state, 'saceur')));
    expect(server.menuRequests).toBe(3);
    await act(async () => replies[2]!.release(menuOf(state, 'saceur')));
    expect(server.menuRequests).toBe(3);
    fireEvent.click(screen.getByTestId('cp-unit-vjtf-lead'));
    expect(screen.getByTestId('order-vjtf-lead-alertUnit')).toHaveProperty('disabled', true);
  });

  it('stops asking once the panel is closed', async () => {
    const state = balticExercise('saceur');
    const { unmount } = show(viewOf(state, 'saceur'));
    await settle();
    unmount();
    const next = advanceTo(state, 'adjudication');
    act(() => server.sink().view(viewOf(next, 'saceur')));
    expect(server.menuRequests).toBe(1);
  });
});
