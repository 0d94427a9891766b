// @vitest-environment happy-dom
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportJson, type GameEvent } from '@council/shared';
import { LobbyPage } from '../lobby/LobbyPage';
import { saveControlKey } from '../../store/persist';
import { makeRunningView } from '../../test/councilFixture';
import { installFakeTransport, resetStore, type FakeServer } from '../../test/fakeTransport';
import { joinWith } from '../../test/render';

vi.mock('../map', () => ({ ForcesPanel: () => <section data-testid="forces-panel" aria-label="Forces" /> }));

const golden = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../tests/replays/baltic-vjtf.golden.json'), 'utf8'),
) as { events: GameEvent[] };
const LOG = JSON.stringify(exportJson(golden.events));

let server: FakeServer;
const fetchMock = vi.fn();
beforeEach(() => {
  resetStore();
  server = installFakeTransport();
  fetchMock.mockReset();
  fetchMock.mockImplementation((url: string, init?: RequestInit) => {
    const key = new Headers(init?.headers).get('X-Control-Key');
    if (key !== 'the-key')
      return Promise.resolve(
        new Response(JSON.stringify({ code: 'BAD_CONTROL_KEY', message: 'no' }), { status: 403 }),
      );
    return Promise.resolve(new Response(url.endsWith('log.json') ? LOG : 'a,b\r\n', { status: 200 }));
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

describe('the review tab', () => {
  it('is Control’s only', () => {
    render(<LobbyPage code="ABC234" />);
    joinWith(server, makeRunningView(ally));
    expect(screen.queryByTestId('tab-review')).toBeNull();
  });

  it('scrubs the log, shows latency against history and downloads with the control key', async () => {
    saveControlKey('ABC234', 'the-key');
    render(<LobbyPage code="ABC234" />);
    joinWith(server, makeRunningView(control));
    act(() => screen.getByTestId('tab-review').click());
    expect(screen.getByTestId('review-panel')).toBeTruthy();
    const scrubber = (await screen.findByTestId('review-scrubber')) as HTMLInputElement;
    expect(fetchMock.mock.calls[0]?.[0]).toMatch(/\/api\/exercises\/ABC234\/review\/log\.json$/);
    expect(scrubber.max).toBe(String(golden.events.length - 1));
    expect(scrubber.value).toBe(scrubber.max);

    fireEvent.change(scrubber, { target: { value: '0' } });
    expect(screen.getByTestId('review-clock').textContent).toContain('D+0 06:00');
    expect(screen.getByTestId('review-clock').textContent).toContain('turn 0');
    const adopted = golden.events.findIndex((e) => e.type === 'draftAdopted');
    fireEvent.change(scrubber, { target: { value: String(adopted) } });
    expect(screen.getByTestId('review-clock').textContent).toContain('adopted by consensus');
    expect(screen.getByTestId('review-agenda').textContent).toContain('d2');

    const row = screen.getByTestId('review-decision-deploy-vjtf');
    expect(row.textContent).toContain('70.88 h');
    expect(row.textContent).toContain('consensus');
    expect(screen.getByTestId('review-decisions').textContent).toContain('9/11');

    const created: string[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = () => 'blob:x';
    URL.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      created.push(this.download);
    });
    for (const id of ['download-log', 'download-messages', 'download-decisions', 'download-measures'])
      act(() => screen.getByTestId(id).click());
    await waitFor(() => expect(created).toHaveLength(4));
    expect(created.sort()).toEqual([
      'ABC234-decisions.csv',
      'ABC234-log.json',
      'ABC234-measures.csv',
      'ABC234-messages.csv',
    ]);
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
});
