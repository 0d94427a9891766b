// @vitest-environment happy-dom
import { act as reactAct, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evolve } from '../../../../shared/src/engine/evolve';
import { advanceTo, playTurns, WALL_START } from '../../../../shared/src/engine/harness';
import type { ExerciseState } from '../../../../shared/src/engine/state';
import type { Scenario } from '../../../../shared/src/scenario/schema';
import { useStore } from '../../store';
import { installFakeTransport, resetStore, type FakeServer } from '../../test/fakeTransport';
import { joinWith } from '../../test/render';
import { DraftingTable } from './DraftingTable';
import { act, talksAtTable, viewOf } from './testTalks';

let server: FakeServer;
beforeEach(() => {
  resetStore();
  server = installFakeTransport();
});
afterEach(cleanup);

/** A text on the table and the deal concluded (its event: the signing rules are tested elsewhere). */
function signed(s: ExerciseState): ExerciseState {
  const drafted = act(s, 'us', { type: 'proposeDraft', clauses: { 'army-cap': 'cap-800k' } });
  return evolve(drafted, {
    type: 'negotiationDealSigned',
    revision: drafted.negotiation!.revision,
    gameTime: drafted.clock.time,
    at: WALL_START,
  });
}

/** Russia breaks the ceasefire every turn, seriously and in plain sight. */
const hostile =
  (reopenAfterSerious: number) =>
  (scenario: Scenario): Scenario => ({
    ...scenario,
    negotiation: {
      ...scenario.negotiation!,
      implementation: {
        ...scenario.negotiation!.implementation!,
        violators: ['russia'],
        baseRisk: 1,
        seriousShare: 1,
        baseDetection: 1,
        detection: [],
        reopenAfterSerious,
      },
    },
  });

describe('the world beside the drafting table', () => {
  it('shows each front sector’s shift, the fighting going on, and Russia’s leverage', () => {
    const state = playTurns(talksAtTable(), 3);
    const view = viewOf(state, 'ukraine');
    joinWith(server, view);
    render(<DraftingTable />);
    const front = screen.getByTestId('world-front');
    expect(screen.getByTestId('world-front-state').getAttribute('data-frozen')).toBe('false');
    expect(screen.getByTestId('world-front-state').textContent).toContain('The fighting goes on');
    for (const [id, sector] of Object.entries(view.negotiation!.front!.sectors)) {
      const row = within(front).getByTestId(`front-sector-${id}`);
      expect(Number(row.getAttribute('data-shift'))).toBe(sector.shiftKm);
      expect(row.textContent).toContain(sector.label.en);
      if (sector.shiftKm >= 0.05) expect(row.textContent).toContain('Russia advanced');
      if (sector.shiftKm <= -0.05) expect(row.textContent).toContain('Russia pushed back');
    }
    const leverage = screen.getByRole('meter', { name: view.negotiation!.front!.leverage.label.en });
    expect(Number(leverage.getAttribute('value'))).toBe(view.negotiation!.front!.leverage.level);
    expect(screen.queryByTestId('world-strain')).toBeNull();
  });

  it('lists every ally’s spending against the Hague path, and the two-tier meter', () => {
    const state = playTurns(talksAtTable(), 4);
    const view = viewOf(state, 'poland');
    joinWith(server, view);
    render(<DraftingTable />);
    const spending = view.negotiation!.spending!;
    expect(screen.getByTestId('world-spending-intro').textContent).toBe(
      'Budget year 2027: the Hague path stands at 2.30 % of GDP, on the way to 3.50 % by 2035.',
    );
    const table = within(screen.getByTestId('world-spending')).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(spending.allies.length + 1);
    expect(screen.getByTestId('spending-poland').textContent).toContain('4.48 %');
    expect(screen.getByTestId('spending-poland').textContent).toContain('on the path');
    expect(screen.getByTestId('spending-spain').textContent).toContain('2.10 %');
    const lagging = spending.allies.filter((a) => !a.onTrack);
    expect(lagging.length).toBeGreaterThan(0);
    for (const ally of lagging)
      expect(screen.getByTestId(`spending-${ally.id}`).textContent).toContain('lagging');
    const meter = screen.getByRole('meter', { name: 'Two-tier alliance' });
    expect(Number(meter.getAttribute('value'))).toBe(spending.twoTier);
    // In French, with French numbers.
    reactAct(() => useStore.getState().setLocale('fr'));
    expect(screen.getByTestId('world-spending-intro').textContent).toBe(
      'Année budgétaire 2027 : la trajectoire de La Haye est à 2,30 % du PIB, vers 3,50 % en 2035.',
    );
    expect(screen.getByTestId('spending-poland').textContent).toContain('sur la trajectoire');
  });

  it('once signed the front is frozen and the strain counts detected serious breaches', () => {
    const state = playTurns(signed(talksAtTable(hostile(3))), 1);
    joinWith(server, viewOf(state, 'eu'));
    render(<DraftingTable />);
    expect(screen.getByTestId('world-front-state').textContent).toContain('Frozen by the signed deal');
    expect(screen.getByTestId('world-strain').textContent).toBe(
      'Serious breaches detected since signature: 1 of 3 that reopen the talks.',
    );
  });

  it('tells every party when breaches reopened the deal', () => {
    const state = advanceTo(playTurns(signed(talksAtTable(hostile(1))), 1), 'consultation');
    joinWith(server, viewOf(state, 'ukraine'));
    render(<DraftingTable />);
    expect(screen.getByTestId('talks-status').textContent).toBe('Talks open');
    expect(screen.getByTestId('world-reopened').textContent).toBe(
      'Serious breaches reopened the signed deal in turn 1: the parties must sign again.',
    );
    expect(screen.getByTestId('world-front-state').textContent).toContain('The fighting goes on');
  });
});
