// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExerciseView } from '@council/shared';
import ukraine from '../../../../scenarios/ukraine-ceasefire.json';
import { initialState } from '../../../../shared/src/engine/evolve';
import { advanceTo, run, seat } from '../../../../shared/src/engine/harness';
import { actorFor } from '../../../../shared/src/engine/legal';
import { parseScenario } from '../../../../shared/src/scenario/load';
import { viewFor } from '../../../../shared/src/visibility/view';
import baltic from '../../../../scenarios/baltic-tripwire.json';
import { useStore } from '../../store';
import { resetStore } from '../../test/fakeTransport';
import { MomentView } from './MomentView';

vi.mock('../map', () => ({ ForcesPanel: () => <section data-testid="forces-panel" /> }));
vi.mock('./ReviewMap', () => ({ ReviewMap: () => <div data-testid="review-map" /> }));

/** Ukraine's view of the ceasefire talks in consultation. */
function ceasefireView(): ExerciseView {
  const parsed = parseScenario(ukraine);
  if (!parsed.ok) throw new Error('ukraine-ceasefire.json does not parse');
  let s = initialState({
    type: 'exerciseCreated',
    exerciseId: 'moment-test',
    code: 'UKRMOM',
    title: 'Moment test',
    createdAt: '2026-01-01T00:00:00.000Z',
    scenario: parsed.scenario,
    seed: 5,
  });
  s = advanceTo(seat(run(s, 'control', { type: 'startExercise' }), 'ukraine'), 'consultation');
  return viewFor(s, actorFor(s, 'ukraine'), { connectedSeats: new Set(), controlConnections: 0 });
}

/** The same view with the front moved by `km` in one sector, as at a later moment. */
function movedFront(view: ExerciseView, sector: string, km: number): ExerciseView {
  const talks = view.negotiation!;
  const front = talks.front!;
  const sectors = { ...front.sectors, [sector]: { ...front.sectors[sector]!, shiftKm: km } };
  return { ...view, negotiation: { ...talks, front: { ...front, sectors } } };
}

afterEach(cleanup);

describe('the moment under review', () => {
  it('shows the ceasefire map as it stood at that moment in a scenario with a line of contact', async () => {
    const start = ceasefireView();
    render(<MomentView view={start} entry={null} />);
    await screen.findByTestId('ceasefire-map-svg', {}, { timeout: 10_000 });
    for (const id of ['kharkiv', 'donetsk', 'zaporizhzhia', 'kherson'])
      expect(screen.getByTestId(`sector-label-${id}`).textContent).toMatch(/ 0 km$/);
    expect(screen.queryByTestId('review-map')).toBeNull();
    cleanup();

    render(<MomentView view={movedFront(start, 'donetsk', 12)} entry={null} />);
    expect((await screen.findByTestId('sector-label-donetsk', {}, { timeout: 10_000 })).textContent).toBe(
      'Donetsk +12 km',
    );
  }, 30_000);

  it('words the agenda’s drafts and their status in the reader’s language', () => {
    resetStore();
    useStore.getState().setLocale('fr');
    const parsed = parseScenario(baltic);
    if (!parsed.ok) throw new Error('baltic-tripwire.json does not parse');
    let s = initialState({
      type: 'exerciseCreated',
      exerciseId: 'moment-fr',
      code: 'BALTFR',
      title: 'Moment',
      createdAt: '2026-01-01T00:00:00.000Z',
      scenario: parsed.scenario,
      seed: 5,
    });
    s = advanceTo(seat(run(s, 'control', { type: 'startExercise' }), 'secgen'), 'consultation');
    s = run(s, 'secgen', { type: 'tableDraft', itemIds: ['article-4'] });
    render(
      <MomentView
        view={viewFor(s, actorFor(s, 'secgen'), { connectedSeats: new Set(), controlConnections: 0 })}
        entry={null}
      />,
    );
    const agenda = screen.getByTestId('review-agenda').textContent ?? '';
    expect(agenda).toContain('ouvert aux positions');
    expect(agenda).not.toMatch(/\bopen\b/);
  });
});
