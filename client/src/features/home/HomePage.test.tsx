// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assumption } from '@council/shared';
import { useStore } from '../../store';
import { installFakeTransport, resetStore, type FakeServer } from '../../test/fakeTransport';
import { HomePage } from './HomePage';
import { verbatim } from '@council/shared';

const scenario = {
  id: 'baltic-tripwire',
  title: verbatim('Baltic Trip-wire'),
  summary: verbatim('Forces mass.'),
  seatCount: 17,
};
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

  it('shows the assumption register and sends only what Control changed; a refusal is explained', async () => {
    const register: Assumption[] = [
      {
        key: 'red-competence',
        kind: 'number',
        label: { en: 'Red’s tactical competence', fr: 'Compétence tactique rouge' },
        description: { en: 'Combat and movement modifier.', fr: 'Modificateur.' },
        default: 1,
        min: 0.5,
        max: 1.2,
        unit: '×',
        source: ['rand-rr1253'],
      },
      {
        key: 'us-participation',
        kind: 'choice',
        label: { en: 'US participation', fr: 'Participation américaine' },
        description: { en: 'Whether the US takes part.', fr: 'Si les États-Unis participent.' },
        default: 'full',
        choices: [
          { id: 'full', label: { en: 'Full', fr: 'Entière' } },
          { id: 'withheld', label: { en: 'Withheld', fr: 'Refusée' } },
        ],
        source: ['designer-estimate'],
      },
    ];
    const sent: unknown[][] = [];
    let refuse = true;
    installFakeTransport({
      listScenarios: async () => ({ ok: true, value: [{ ...scenario, assumptions: register }] }),
      createExercise: async (...args: unknown[]) => {
        sent.push(args);
        if (refuse)
          return {
            ok: false,
            error: {
              code: 'ASSUMPTION_OUT_OF_BOUNDS',
              message: 'red-competence must be a number from 0.5 to 1.2, not "3".',
            },
          };
        return { ok: true, value: { exerciseId: 'e', code: 'XYZ789', controlKey: 'ck' } };
      },
    });
    await renderHome();
    const competence = screen.getByLabelText('Red’s tactical competence') as HTMLInputElement;
    expect(competence.value).toBe('1');
    expect(competence.min).toBe('0.5');
    expect(competence.max).toBe('1.2');
    expect(screen.getByText(/From 0.5 to 1.2 ×; default 1\./)).toBeTruthy();
    expect((screen.getByLabelText('US participation') as HTMLSelectElement).value).toBe('full');
    fireEvent.change(screen.getByLabelText('Exercise title'), { target: { value: 'Syndicate C' } });

    fireEvent.change(competence, { target: { value: '3' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create exercise' })));
    expect(sent[0]?.[4]).toEqual({ 'red-competence': 3 });
    expect(screen.getByRole('alert').textContent).toContain(
      'red-competence must be a number from 0.5 to 1.2',
    );

    refuse = false;
    fireEvent.change(competence, { target: { value: '0.8' } });
    fireEvent.change(screen.getByLabelText('US participation'), { target: { value: 'withheld' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create exercise' })));
    expect(sent[1]?.[4]).toEqual({ 'red-competence': 0.8, 'us-participation': 'withheld' });
    expect(useStore.getState().route).toEqual({ name: 'exercise', code: 'XYZ789' });
  });

  it('sends no assumptions when Control changes none', async () => {
    const sent: unknown[][] = [];
    installFakeTransport({
      listScenarios: async () => ({ ok: true, value: [scenario] }),
      createExercise: async (...args: unknown[]) => {
        sent.push(args);
        return { ok: true, value: { exerciseId: 'e', code: 'XYZ789', controlKey: 'ck' } };
      },
    });
    await renderHome();
    expect(screen.queryByTestId('exercise-assumptions')).toBeNull();
    fireEvent.change(screen.getByLabelText('Exercise title'), { target: { value: 'Syndicate D' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create exercise' })));
    expect(sent[0]?.[4]).toBeUndefined();
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
