// @vitest-environment happy-dom
// Forms refuse what the server would refuse, before sending, with the server's reason in the
// reader's language, and keep what was typed (issue 16, "Bad input").
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExerciseView } from '@council/shared';
import { makeRunningView } from '../test/councilFixture';
import { installFakeTransport, resetStore, type FakeServer } from '../test/fakeTransport';
import { click, type, value, hints, showForm } from '../test/formActions';
import { AdHocInjectForm } from '../features/control/AdHocInjectForm';
import { BroadcastForm } from '../features/control/BroadcastForm';
import { CouncilChamber } from '../features/council/CouncilChamber';

let server: FakeServer;
beforeEach(() => {
  resetStore();
  server = installFakeTransport();
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const control = { seatId: null, isControl: true };
const show = (view: ExerciseView, element: React.ReactElement, locale: 'en' | 'fr' = 'fr') =>
  showForm(server, view, element, locale);

describe('a form checks its input against the shared schema before sending', () => {
  it('Control’s broadcast: too long is refused in French with the limit, the text kept', async () => {
    const view = makeRunningView(control);
    show(view, <BroadcastForm view={view} />);
    const long = 'a'.repeat(1001);
    type('control-broadcast-text', long);
    await click('control-broadcast-send');
    expect(server.sent).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe('Texte : au plus 1000 caractères.');
    expect(value('control-broadcast-text')).toBe(long);
    // Within the limit, it goes, and the problem is gone.
    type('control-broadcast-text', 'Pause in five minutes.');
    await click('control-broadcast-send');
    expect(server.sent).toEqual([{ type: 'broadcast', text: 'Pause in five minutes.' }]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Control’s ad hoc inject: a measure moved beyond ±100 is refused, in English too', async () => {
    const view = makeRunningView(control);
    show(view, <AdHocInjectForm view={view} />, 'en');
    type('control-adhoc-title', 'Cable cut');
    type('control-adhoc-body', 'A subsea cable is cut.');
    fireEvent.change(screen.getByTestId('control-adhoc-measure'), { target: { value: 'cohesion' } });
    // The browser's hints are the schema's limits; the check still runs before sending.
    expect(hints('control-adhoc-delta')).toEqual(['-100', '100', null]);
    type('control-adhoc-delta', 500);
    await click('control-adhoc-send');
    expect(server.sent).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe('Change 1: at most 100.');
    expect(value('control-adhoc-title')).toBe('Cable cut');
    expect(value('control-adhoc-body')).toBe('A subsea cable is cut.');
  });

  it('the chair’s draft: a silence longer than 30 days and a text too long are refused in French', async () => {
    show(makeRunningView({ seatId: 'secgen', isControl: false }), <CouncilChamber />);
    fireEvent.click(screen.getByTestId('table-item-public-statement'));
    fireEvent.click(screen.getByTestId('table-silence'));
    expect(hints('table-silence-hours')).toEqual(['1', '720', '1']);
    type('table-silence-hours', 1000);
    await click('table-draft');
    expect(server.sent).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe('Approbation tacite (heures) : au plus 720.');
    type('table-silence-hours', 48);
    const long = 'b'.repeat(4001);
    type('table-text', long);
    await click('table-draft');
    expect(server.sent).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe('Texte : au plus 4000 caractères.');
    expect(value('table-text')).toBe(long);
  });
});
