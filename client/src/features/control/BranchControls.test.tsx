// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveControlKey } from '../../store/persist';
import { makeRunningView } from '../../test/councilFixture';
import { installFakeTransport, makeView, resetStore, type FakeServer } from '../../test/fakeTransport';
import { joinWith } from '../../test/render';
import { BranchControls } from './BranchControls';

let server: FakeServer;
const fetchMock = vi.fn();
beforeEach(() => {
  resetStore();
  server = installFakeTransport();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

const control = { seatId: null, isControl: true };
const click = async (testId: string) => {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
};

describe("Control's turns box", () => {
  it('has nothing to offer in the lobby', () => {
    const view = makeView({ you: control });
    joinWith(server, view);
    render(<BranchControls view={view} />);
    expect(screen.queryByTestId('control-branch')).toBeNull();
  });

  it('offers the turns played and rolls back only once confirmed', async () => {
    const view = makeRunningView(control);
    joinWith(server, view);
    render(<BranchControls view={view} />);
    const select = screen.getByTestId('control-branch-turn') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['1', '2']);
    fireEvent.change(select, { target: { value: '1' } });
    await click('control-rollback');
    expect(server.sent).toEqual([]);
    expect(screen.getByTestId('control-rollback-warning').textContent).toMatch(/start of turn 1/);
    await click('control-rollback-confirm');
    expect(server.sent).toEqual([{ type: 'rollBack', toTurn: 1 }]);
  });

  it('forks with the control key and shows the branch’s code and control link once', async () => {
    const view = makeRunningView(control);
    saveControlKey(view.code, 'the-key');
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify({
          exerciseId: 'ex_b',
          code: 'BRANCH',
          controlKey: 'branch-key',
          forkedFrom: { exerciseId: view.exerciseId, code: view.code, turn: 2, seq: 40 },
        }),
        { status: 201 },
      ),
    );
    joinWith(server, view);
    render(<BranchControls view={view} />);
    await click('control-fork');
    await waitFor(() => expect(screen.getByTestId('control-forked')).toBeTruthy());
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toMatch(new RegExp(`/api/exercises/${view.code}/fork$`));
    expect(new Headers(init.headers).get('X-Control-Key')).toBe('the-key');
    expect(JSON.parse(String(init.body))).toEqual({ turn: 2 });
    expect(screen.getByTestId('control-forked').textContent).toContain('BRANCH');
    expect(screen.getByTestId('control-forked').innerHTML).toContain('branch-key');
    expect(screen.getByTestId('control-forked').innerHTML).toMatch(/BRANCH#control=branch-key/);
  });

  it('says why a fork was refused', async () => {
    const view = makeRunningView(control);
    saveControlKey(view.code, 'wrong');
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ code: 'BAD_CONTROL_KEY', message: 'Send the control key.' }), {
        status: 403,
      }),
    );
    joinWith(server, view);
    render(<BranchControls view={view} />);
    await click('control-fork');
    await waitFor(() => expect(screen.getByTestId('control-fork-error')).toBeTruthy());
    expect(screen.queryByTestId('control-forked')).toBeNull();
  });
});
