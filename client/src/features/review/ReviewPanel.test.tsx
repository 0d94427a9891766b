// @vitest-environment happy-dom
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportJson, seatReview, viewAt, type GameEvent } from '@council/shared';
import { LobbyPage } from '../lobby/LobbyPage';
import { saveControlKey, saveSeatToken } from '../../store/persist';
import { makeRunningView } from '../../test/councilFixture';
import { installFakeTransport, resetStore, type FakeServer } from '../../test/fakeTransport';
import { joinWith, pushView } from '../../test/render';
// The exercise screen loads the review on demand: loaded here first, so opening the tab is quick.
import './index';

vi.mock('../map', () => ({ ForcesPanel: () => <section data-testid="forces-panel" aria-label="Forces" /> }));
vi.mock('./ReviewMap', () => ({ ReviewMap: () => <div data-testid="review-map" /> }));

const golden = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../tests/replays/baltic-vjtf.golden.json'), 'utf8'),
) as { events: GameEvent[] };
const events = golden.events;
const LOG = JSON.stringify(exportJson(events));
const OWN = JSON.stringify(seatReview(events, 'est', false));
const EXTRA: GameEvent = { type: 'exercisePaused', at: '2026-11-23T12:00:00.000Z' };

let server: FakeServer;
const fetchMock = vi.fn();
const json = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status }));
beforeEach(() => {
  resetStore();
  server = installFakeTransport();
  fetchMock.mockReset();
  fetchMock.mockImplementation((url: string, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    if (headers.get('X-Seat-Token') === 'est-token') {
      if (url.includes('seat.json')) return Promise.resolve(new Response(OWN, { status: 200 }));
      const seq = /view\/(\d+)$/.exec(url)?.[1];
      if (seq) return json(viewAt(events, Number(seq), { seatId: 'est', isControl: false }));
      return json({ code: 'REVIEW_LOCKED', message: 'locked' }, 403);
    }
    if (headers.get('X-Control-Key') !== 'the-key')
      return json({ code: 'BAD_CONTROL_KEY', message: 'no' }, 403);
    if (url.endsWith('log.json')) return Promise.resolve(new Response(LOG, { status: 200 }));
    if (url.includes('events.json?from='))
      return json({ from: events.length, lastSeq: events.length, events: [EXTRA] });
    return Promise.resolve(new Response('a,b\r\n', { status: 200 }));
  });
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

const control = { seatId: null, isControl: true };
const ally = { seatId: 'est', isControl: false };
const urls = () => fetchMock.mock.calls.map((c) => String(c[0]));

describe('the review tab', () => {
  it('gives a seat its own review: its moments and the view it had, no downloads', async () => {
    saveSeatToken('ABC234', 'est-token');
    render(<LobbyPage code="ABC234" />);
    joinWith(server, makeRunningView(ally));
    act(() => screen.getByTestId('tab-review').click());
    expect(await screen.findByTestId('review-own')).toBeTruthy();
    const scrubber = (await screen.findByTestId('review-scrubber')) as HTMLInputElement;
    const own = JSON.parse(OWN) as { timeline: { seq: number }[] };
    expect(scrubber.max).toBe(String(own.timeline.length - 1));
    fireEvent.change(scrubber, { target: { value: '3' } });
    await waitFor(() =>
      expect(urls().some((u) => u.endsWith(`/review/view/${own.timeline[3]!.seq}`))).toBe(true),
    );
    expect(await screen.findByTestId('review-measures')).toBeTruthy();
    expect(urls().some((u) => u.endsWith('log.json'))).toBe(false);
    expect(screen.queryByTestId('download-log')).toBeNull();
    expect(screen.getByTestId('review-charts')).toBeTruthy();
  });

  it('scrubs the log, shows latency against history, follows the log’s tail and downloads everything', async () => {
    saveControlKey('ABC234', 'the-key');
    render(<LobbyPage code="ABC234" />);
    const live = makeRunningView(control, { seq: events.length });
    joinWith(server, live);
    act(() => screen.getByTestId('tab-review').click());
    const scrubber = (await screen.findByTestId('review-scrubber')) as HTMLInputElement;
    expect(urls()[0]).toMatch(/\/api\/exercises\/ABC234\/review\/log\.json$/);
    expect(scrubber.max).toBe(String(events.length - 1));
    expect(scrubber.value).toBe(scrubber.max);

    fireEvent.change(scrubber, { target: { value: '0' } });
    expect(screen.getByTestId('review-clock').textContent).toContain('D+0 06:00');
    expect(screen.getByTestId('review-clock').textContent).toContain('turn 0');
    const adopted = events.findIndex((e) => e.type === 'draftAdopted');
    fireEvent.change(scrubber, { target: { value: String(adopted) } });
    expect(screen.getByTestId('review-clock').textContent).toContain('adopted by consensus');
    expect(screen.getByTestId('review-agenda').textContent).toContain('Draft 2');
    expect(screen.getAllByTestId(/^review-chart-/).length).toBe(5);

    const row = screen.getByTestId('review-decision-deploy-vjtf');
    expect(row.textContent).toContain('70.88 h');
    expect(row.textContent).toContain('consensus');
    expect(screen.getByTestId('review-decisions').textContent).toContain('9/11');
    const rulings = screen.getByTestId('review-adjudications').querySelectorAll('tbody tr');
    expect(rulings.length).toBeGreaterThan(5);
    const first = rulings[0]!.querySelector('button')!;
    act(() => first.click());
    expect(scrubber.value).toBe(first.textContent);

    // The game moves on: only the tail is fetched, and the scrubber reaches the new event.
    pushView(server, { ...live, seq: events.length + 1 });
    await waitFor(() => expect(scrubber.max).toBe(String(events.length)));
    expect(urls().filter((u) => u.endsWith('log.json'))).toHaveLength(1);
    expect(urls().some((u) => u.endsWith(`events.json?from=${events.length}`))).toBe(true);

    const created: string[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = () => 'blob:x';
    URL.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      created.push(this.download);
    });
    const ids = [
      'report',
      'workbook',
      'log',
      'messages',
      'decisions',
      'measures',
      'adjudications',
      'tags',
      'hotwash',
    ];
    for (const id of ids) act(() => screen.getByTestId(`download-${id}`).click());
    await waitFor(() => expect(created).toHaveLength(ids.length));
    expect(created).toContain('ABC234-workbook.xlsx');
    expect(created).toContain('ABC234-report.html');
    click.mockRestore();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('says so when the key is refused', async () => {
    saveControlKey('ABC234', 'wrong');
    render(<LobbyPage code="ABC234" />);
    joinWith(server, makeRunningView(control));
    act(() => screen.getByTestId('tab-review').click());
    expect((await screen.findByRole('alert', {}, { timeout: 3000 })).textContent).toContain(
      'BAD_CONTROL_KEY',
    );
  });

  it('lets Control tag the scrubbed moment and unlock the record', async () => {
    saveControlKey('ABC234', 'the-key');
    render(<LobbyPage code="ABC234" />);
    joinWith(server, makeRunningView(control, { seq: events.length }));
    act(() => screen.getByTestId('tab-review').click());
    const scrubber = (await screen.findByTestId('review-scrubber')) as HTMLInputElement;
    fireEvent.change(scrubber, { target: { value: '42' } });
    fireEvent.change(screen.getByTestId('review-tag-kind'), { target: { value: 'surprise' } });
    fireEvent.change(screen.getByTestId('review-tag-note'), { target: { value: 'Late instructions' } });
    act(() => screen.getByTestId('review-tag-submit').click());
    await waitFor(() => expect(server.sent).toHaveLength(1));
    await waitFor(() =>
      expect((screen.getByTestId('review-tag-submit') as HTMLButtonElement).disabled).toBe(false),
    );
    act(() => screen.getByTestId('review-unlock').click());
    await waitFor(() =>
      expect(server.sent).toEqual([
        { type: 'tagMoment', seq: 42, kind: 'surprise', note: 'Late instructions' },
        { type: 'unlockReview' },
      ]),
    );
  });
});
