// @vitest-environment happy-dom
// The rest of the forms (issue 16, "Bad input"): the override, the negotiation's draft and a unit's
// order card refuse what the server would refuse, in French, keeping the input and sending nothing.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExerciseView } from '@council/shared';
import { type OrderMenuOutcome } from '../store';
import { makeRunningView } from '../test/councilFixture';
import { installFakeTransport, resetStore, type FakeServer } from '../test/fakeTransport';
import { click, type, value, hints, showForm } from '../test/formActions';
import { OverrideForm } from '../features/control/OverrideForm';
import { StepControls } from '../features/control/StepControls';
import { ControlTeam } from '../features/control/ControlTeam';
import { DraftingTable } from '../features/negotiation/DraftingTable';
import { PartyActions } from '../features/negotiation/PartyActions';
import { talksAtTable, viewOf as talksView } from '../features/negotiation/testTalks';
import { ForcesPanel } from '../features/map/ForcesPanel';
import { balticExercise, menuOf, viewOf as forcesView } from '../features/map/testExercise';

let server: FakeServer;
beforeEach(() => {
  resetStore();
  server = installFakeTransport();
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const show = (view: ExerciseView, element: React.ReactElement, locale: 'en' | 'fr' = 'fr') =>
  showForm(server, view, element, locale);

/** An id longer than any the protocol takes (64 characters). */
const LONG_ID = 'x'.repeat(65);

describe('the remaining forms check their command before sending', () => {
  it('Control’s override: a short rationale and a value out of range are refused in French', async () => {
    const view = makeRunningView({ seatId: null, isControl: true });
    show(view, <OverrideForm view={view} />);
    type('control-override-rationale', 'trop bref');
    await click('control-override-send');
    expect(server.sent).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe('Justification : au moins 10 caractères.');
    expect(value('control-override-rationale')).toBe('trop bref');
    type('control-override-rationale', 'Le modèle exagère la perte.');
    type('control-override-value', 500);
    await click('control-override-send');
    expect(server.sent).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe(
      'Ce qui est modifié : cette valeur n’est pas acceptée.',
    );
    expect(value('control-override-value')).toBe('500');
    expect(value('control-override-rationale')).toBe('Le modèle exagère la perte.');
  });

  it('the negotiation’s draft: an option the protocol cannot carry is refused, the choice kept', async () => {
    const view = talksView(talksAtTable(), 'ukraine');
    const talks = view.negotiation!;
    const issue = talks.issues[0]!;
    const odd = { ...issue.options[0]!, id: LONG_ID };
    const tweaked: ExerciseView = {
      ...view,
      negotiation: {
        ...talks,
        issues: [{ ...issue, options: [...issue.options, odd] }, ...talks.issues.slice(1)],
      },
    };
    show(tweaked, <DraftingTable />);
    type(`propose-${issue.id}`, LONG_ID);
    await click('propose-submit');
    expect(server.sent).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe(
      '« clauses.line-of-contact » : au plus 64 caractères.',
    );
    expect(value(`propose-${issue.id}`)).toBe(LONG_ID);
  });

  it('walking out: a reason longer than the server takes is refused in French, the reason kept', async () => {
    const view = talksView(talksAtTable(), 'ukraine');
    show(view, <PartyActions view={view} talks={view.negotiation!} party="ukraine" />);
    const reason = 'Nous quittons la table. '.repeat(25);
    type('walk-out-reason', reason);
    await click('walk-out');
    expect(server.sent).toEqual([]);
    expect(screen.getByRole('alert').textContent).toMatch(/500/);
    expect(value('walk-out-reason')).toBe(reason);
  });

  it('an order card: a destination the protocol cannot carry is refused, nothing sent', async () => {
    const state = balticExercise('saceur');
    const view = forcesView(state, 'saceur');
    const forces = view.forces!;
    const place = forces.places.find((p) => p.id === 'tallinn')!;
    const tweaked: ExerciseView = {
      ...view,
      forces: { ...forces, places: [...forces.places, { ...place, id: LONG_ID }] },
    };
    server.orderMenu = (asked): OrderMenuOutcome => {
      const outcome = menuOf(state, 'saceur', asked);
      if (!outcome.ok || !outcome.menu) return outcome;
      const units = outcome.menu.units.map((u) =>
        u.unitId === 'gbr-efp-bg' ? { ...u, moveTo: [...u.moveTo, LONG_ID] } : u,
      );
      return { ok: true, menu: { ...outcome.menu, units } };
    };
    show(tweaked, <ForcesPanel />);
    await act(async () => undefined);
    fireEvent.click(screen.getByTestId('cp-unit-gbr-efp-bg'));
    await act(async () => undefined);
    type('order-destination-gbr-efp-bg', LONG_ID);
    await act(async () => undefined);
    const before = server.sent.length;
    await click('order-gbr-efp-bg-moveUnit');
    expect(server.sent.length).toBe(before);
    expect(screen.getByTestId('order-problem-gbr-efp-bg').textContent).toBe(
      'Destination : au plus 64 caractères.',
    );
    expect(value('order-destination-gbr-efp-bg')).toBe(LONG_ID);
  });

  it('Control’s turn step and an assistant’s name are refused in English before sending', async () => {
    const view = makeRunningView({ seatId: null, isControl: true });
    show(view, <StepControls clock={view.clock} />, 'en');
    expect(hints('control-step-hours')).toEqual(['1', '168', '1']);
    type('control-step-hours', 500);
    await click('control-step');
    expect(server.sent).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe('Hours: at most 168.');
    expect(value('control-step-hours')).toBe('500');
    cleanup();
    const team = makeRunningView(
      { seatId: null, isControl: true },
      { controlRoom: { team: [{ name: 'Lea', role: 'lead' }], assistantKeys: [], lastActedAt: {} } },
    );
    show(team, <ControlTeam view={team} />, 'en');
    const long = 'M'.repeat(61);
    type('control-assistant-name', long);
    await click('control-issue-key');
    expect(server.sent).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe('Name: at most 60 characters.');
    expect(value('control-assistant-name')).toBe(long);
  });
});
