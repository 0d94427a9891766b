// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../store';
import { installFakeTransport, resetStore, type FakeServer } from '../../test/fakeTransport';
import { HomePage } from './HomePage';

const scenario = { id: 'baltic-tripwire', title: 'Baltic Trip-wire', summary: 'Forces mass.', seatCount: 17 };
let server: FakeServer;

beforeEach(() => resetStore());
afterEach(cleanup);

async function renderHome() {
  await act(async () => {
    render(<HomePage />);
  });
}

describe('Join an exercise', () => {
  beforeEach(() => {
    server = installFakeTransport({
      findExercise: async (code) =>
        code === 'ABC234'
          ? { ok: true, value: { exerciseId: 'e', code, title: 'T', scenario: { id: 's', title: 'S' } } }
          : { ok: false, error: { code: 'NO_SUCH_EXERCISE', message: `No exercise has the code ${code}.` } },
    });
  });

  it('refuses a code of the wrong shape without asking the server', async () => {
    await renderHome();
    fireEvent.change(screen.getByLabelText('Join code'), { target: { value: 'ABC10' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Join' })));
    expect(screen.getByRole('alert').textContent).toContain('6 letters or digits');
  });

  it('explains an unknown code', async () => {
    await renderHome();
    fireEvent.change(screen.getByLabelText('Join code'), { target: { value: 'qwerty' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Join' })));
    expect(screen.getByRole('alert').textContent).toContain(
      'No exercise has the code QWERTY. Check the code with your facilitator.',
    );
    expect(useStore.getState().route).toEqual({ name: 'home' });
  });

  it('goes to the lobby for a known code, even typed in lower case', async () => {
    await renderHome();
    fireEvent.change(screen.getByLabelText('Join code'), { target: { value: ' abc234 ' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Join' })));
    expect(useStore.getState().route).toEqual({ name: 'exercise', code: 'ABC234' });
    expect(window.location.pathname).toBe('/x/ABC234');
    expect(server.sent).toEqual([]);
  });
});

describe('Run an exercise', () => {
  it('lists scenarios with their seat count and creates an exercise', async () => {
    installFakeTransport({
      listScenarios: async () => ({ ok: true, value: [scenario] }),
      createExercise: async () => ({
        ok: true,
        value: { exerciseId: 'e', code: 'XYZ789', controlKey: 'ck' },
      }),
    });
    await renderHome();
    expect(screen.getByText('Seats: 17')).toBeTruthy();
    expect((screen.getByRole('radio', { name: /Baltic Trip-wire/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(screen.getByLabelText('Exercise title'), { target: { value: 'Syndicate B' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create exercise' })));
    expect(localStorage.getItem('council:control:XYZ789')).toBe('ck');
    expect(useStore.getState().freshControlKey).toEqual({ code: 'XYZ789', key: 'ck' });
    expect(useStore.getState().route).toEqual({ name: 'exercise', code: 'XYZ789' });
  });

  it('asks for a title', async () => {
    installFakeTransport({ listScenarios: async () => ({ ok: true, value: [scenario] }) });
    await renderHome();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create exercise' })));
    expect(screen.getByRole('alert').textContent).toContain('Give the exercise a title.');
  });

  it('offers a retry when the scenarios cannot be loaded', async () => {
    installFakeTransport({
      listScenarios: async () => ({ ok: false, error: { code: 'NETWORK', message: 'fetch failed' } }),
    });
    await renderHome();
    expect(screen.getByRole('alert').textContent).toContain('The server cannot be reached');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
