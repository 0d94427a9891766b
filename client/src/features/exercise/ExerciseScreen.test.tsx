// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LobbyPage } from '../lobby/LobbyPage';
import { useStore } from '../../store';
import { makeRunningView } from '../../test/councilFixture';
import { installFakeTransport, makeView, resetStore, type FakeServer } from '../../test/fakeTransport';
import { joinWith, pushView } from '../../test/render';
// The console is loaded on demand: loaded here first, so opening it is quick.
import '../control';

// The map is another feature's business (and heavy): a stand-in keeps these tests about the layout.
vi.mock('../map', () => ({ ForcesPanel: () => <section data-testid="forces-panel" aria-label="Forces" /> }));

let server: FakeServer;
beforeEach(() => {
  resetStore();
  server = installFakeTransport();
});
afterEach(cleanup);

const page = () => render(<LobbyPage code="ABC234" />);
const ally = { seatId: 'est', isControl: false };
const control = { seatId: null, isControl: true };

describe('the exercise screen', () => {
  it('keeps an unseated visitor in the lobby', () => {
    page();
    joinWith(server, makeView());
    expect(screen.queryByTestId('exercise-screen')).toBeNull();
    expect(screen.getByTestId('display-name')).toBeTruthy();
  });

  it('lands on the seats before the start, with the status bar already there', () => {
    page();
    joinWith(server, makeView({ you: ally }));
    expect(screen.getByTestId('exercise-screen')).toBeTruthy();
    expect(screen.getByTestId('tab-seats').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('your-seat-label').textContent).toBe('You hold Estonia');
    expect(screen.getByTestId('phase-banner').textContent).toContain('Not started');
    expect(screen.getByTestId('session-timer').textContent).toContain('No timer');
    expect(screen.getByTestId('game-clock').textContent).toContain('D+0 06:00');
  });

  it('shows phase, countdown, game clock and who is awaited once running', () => {
    page();
    joinWith(
      server,
      makeRunningView(ally, {
        waitingOn: ['est', 'usa'],
        clock: { ...makeRunningView(ally).clock, phase: 'decision' },
      }),
    );
    expect(screen.getByTestId('tab-council').getAttribute('aria-selected')).toBe('true');
    const banner = screen.getByTestId('phase-banner');
    expect(banner.getAttribute('data-phase')).toBe('decision');
    expect(within(banner).getByText('Decision', { selector: '.phase-banner__name' })).toBeTruthy();
    expect(screen.getByTestId('session-timer').textContent).toMatch(/4:0[45]/);
    expect(screen.getByTestId('game-clock').textContent).toContain('Turn 2 · 12 h a turn');
    expect(screen.getByTestId('waiting-on').textContent).toContain('Estonia');
    expect(screen.getByTestId('waiting-usa').textContent).toBe('United States');
  });

  it('submits moves and then says they are in', async () => {
    page();
    const deciding = makeRunningView(ally, {
      waitingOn: ['est'],
      clock: { ...makeRunningView(ally).clock, phase: 'decision' },
    });
    joinWith(server, deciding);
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-moves'));
    });
    expect(server.sent).toEqual([{ type: 'submitMoves' }]);
    pushView(server, { ...deciding, waitingOn: [] });
    expect(screen.queryByTestId('submit-moves')).toBeNull();
    expect(screen.getByTestId('moves-submitted')).toBeTruthy();
  });

  it('shows the paused timer and announces phase changes', () => {
    page();
    const running = makeRunningView(ally);
    joinWith(server, running);
    pushView(server, {
      ...running,
      clock: { ...running.clock, status: 'paused', phaseEndsAt: null, remainingSeconds: 90 },
    });
    expect(screen.getByTestId('session-timer').textContent).toContain('1:30');
    expect(screen.getByTestId('session-timer').getAttribute('data-state')).toBe('paused');
    expect(screen.getByTestId('paused-badge')).toBeTruthy();
    expect(useStore.getState().announcements[0]?.key).toBe('announce.paused');
    pushView(server, { ...running, clock: { ...running.clock, phase: 'decision' } });
    expect(useStore.getState().announcements.map((a) => a.key)).toContain('announce.phase.decision');
  });

  it('gives each seat its regions and moves between tabs with the keyboard', () => {
    page();
    joinWith(server, makeRunningView({ seatId: 'red', isControl: false }, { council: null }));
    const names = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(names).toEqual(['Situation', 'Map', 'Channels', 'Seats', 'Review']);
    expect(screen.getByTestId('panel-situation')).toBeTruthy();
    fireEvent.keyDown(screen.getByTestId('tab-situation'), { key: 'ArrowRight' });
    expect(screen.getByTestId('forces-panel')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId('tab-map'));
    fireEvent.click(screen.getByTestId('tab-channels'));
    expect(screen.getByTestId('channels-panel')).toBeTruthy();
  });

  it('counts unread messages on the Channels tab', () => {
    page();
    const view = makeRunningView(ally);
    joinWith(server, { ...view, channels: { ...view.channels, unread: 3 } });
    expect(screen.getByRole('tab', { name: 'Channels (3 unread)' })).toBeTruthy();
  });

  it('alerts a seat asked a hot-wash question on every tab, until it answers', () => {
    page();
    const view = makeRunningView(ally);
    const question = {
      id: 'q1',
      question: 'What did you expect Red to do?',
      turn: 2,
      gameTime: view.clock.gameTime,
      seq: 9,
      askedOfYou: true,
      yourAnswer: null,
      answers: [],
    };
    joinWith(server, { ...view, review: { ...view.review, hotwash: [question] } });
    expect(screen.getByTestId('hotwash-banner').textContent).toContain('What did you expect Red to do?');
    expect(screen.getByRole('tab', { name: 'Review (1 to answer)' })).toBeTruthy();
    fireEvent.click(screen.getByTestId('hotwash-banner-go'));
    expect(screen.getByTestId('tab-review').getAttribute('aria-selected')).toBe('true');
    const answered = {
      ...question,
      yourAnswer: 'A feint.',
      answers: [{ seatId: 'est', text: 'A feint.', at: view.clock.gameTime }],
    };
    pushView(server, { ...view, seq: view.seq + 1, review: { ...view.review, hotwash: [answered] } });
    expect(screen.queryByTestId('hotwash-banner')).toBeNull();
    expect(screen.getByTestId('tab-review').textContent).toBe('Review');
  });

  it('lands Control on the console, which players never get', async () => {
    page();
    joinWith(server, makeRunningView(control));
    expect(screen.getAllByRole('tab')[0]?.textContent).toBe('Console');
    expect(await screen.findByTestId('control-console', {}, { timeout: 10_000 })).toBeTruthy();
    cleanup();
    resetStore();
    server = installFakeTransport();
    page();
    joinWith(server, makeRunningView(ally));
    expect(screen.queryByTestId('tab-console')).toBeNull();
  });

  it('shows a refused command in an alert until dismissed', async () => {
    server.reply = () => ({ ok: false, code: 'NOTHING_OWED', message: 'no' });
    page();
    joinWith(
      server,
      makeRunningView(ally, {
        waitingOn: ['est'],
        clock: { ...makeRunningView(ally).clock, phase: 'decision' },
      }),
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-moves'));
    });
    expect(screen.getByTestId('command-error').textContent).toContain('Your seat owes no move now');
    fireEvent.click(screen.getByTestId('command-error-dismiss'));
    expect(screen.queryByTestId('command-error')).toBeNull();
  });
});
