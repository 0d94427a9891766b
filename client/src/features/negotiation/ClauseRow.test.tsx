// @vitest-environment happy-dom
// A clause's NATO line (where the North Atlantic Council stands) and its red-line line (the reader's
// own red lines only; Control sees every party's), on real views of the ceasefire talks.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installFakeTransport, resetStore, type FakeServer } from '../../test/fakeTransport';
import { joinWith } from '../../test/render';
import { nacAdopts } from '../../../../shared/src/negotiation/nacFixture';
import { DraftingTable } from './DraftingTable';
import { act, talksAtTable, viewOf } from './testTalks';

let server: FakeServer;
beforeEach(() => {
  resetStore();
  server = installFakeTransport();
});
afterEach(cleanup);

const show = (state: Parameters<typeof viewOf>[0], seat: string) => {
  cleanup();
  resetStore();
  server = installFakeTransport();
  joinWith(server, viewOf(state, seat));
  render(<DraftingTable />);
};

const GUARANTEE = 'Needs NAC consensus on “Allies back guarantees modelled on Article 5”';

describe('a clause that commits NATO', () => {
  const proposed = () =>
    act(talksAtTable(), 'us', {
      type: 'proposeDraft',
      clauses: { 'security-guarantees': 'article-5-like', 'nato-membership': 'defer' },
    });

  it('says it needs the Council’s consensus, and whether it is tabled, pending, blocked or adopted', () => {
    let s = proposed();
    show(s, 'ukraine');
    const line = () => screen.getByTestId('clause-nac-security-guarantees');
    expect(line().getAttribute('data-status')).toBe('notTabled');
    expect(line().textContent).toBe(
      `NATO ${GUARANTEE} — not yet tabled in the Council · the chair, NATO Secretary General, takes it to the Council`,
    );
    expect(screen.queryByTestId('nac-table-security-guarantees')).toBeNull();
    // Deferred membership commits NATO to nothing.
    expect(screen.queryByTestId('clause-nac-nato-membership')).toBeNull();

    s = act(s, 'nato-sg', { type: 'tableDraft', itemIds: ['nato-backed-guarantee'] });
    show(s, 'russia');
    expect(line().getAttribute('data-status')).toBe('pending');
    expect(line().textContent).toBe(`NATO ${GUARANTEE} — pending in the Council (draft 1)`);

    s = act(s, 'hungary', { type: 'takePosition', draftId: 'd1', position: 'object', text: 'No.' });
    show(s, 'ukraine');
    expect(line().getAttribute('data-status')).toBe('blocked');
    expect(line().textContent).toBe(`NATO ${GUARANTEE} — blocked by Hungary`);

    show(nacAdopts(proposed()), 'eu');
    expect(line().getAttribute('data-status')).toBe('adopted');
    expect(line().textContent).toBe(`NATO ${GUARANTEE} — adopted`);
  });
});

describe('red lines on the clause', () => {
  // A 600,000 cap crosses Ukraine's red line (no cap below 800,000); "no cap" crosses Russia's.
  const capped = () =>
    act(talksAtTable(), 'us', { type: 'proposeDraft', clauses: { 'army-cap': 'cap-600k' } });
  const choice = (value: string) =>
    screen.getByTestId('amend-select-army-cap').querySelector(`option[value="${value}"]`)!;

  it('shows the reader the red line the clause as drafted crosses, and marks amend choices that would', () => {
    show(capped(), 'ukraine');
    expect(screen.getByTestId('clause-redline-army-cap').textContent).toBe('⚠ Crosses your red line');
    expect(choice('cap-800k').textContent).toBe('800,000');
    expect(choice('cap-800k').getAttribute('data-crosses-red-line')).toBe('false');
    expect(choice('no-cap').getAttribute('data-crosses-red-line')).toBe('false');

    show(capped(), 'russia');
    // The clause crosses Ukraine's red line, not Russia's: Russia sees no marker for it.
    expect(screen.queryByTestId('clause-redline-army-cap')).toBeNull();
    expect(choice('no-cap').textContent).toBe('No cap (your red line)');
    expect(choice('no-cap').getAttribute('data-crosses-red-line')).toBe('true');
    expect(choice('cap-800k').getAttribute('data-crosses-red-line')).toBe('false');
  });

  it('a party with no red line on the issue sees none; Control sees whose red lines it crosses', () => {
    show(capped(), 'turkey');
    expect(screen.queryByTestId('clause-redline-army-cap')).toBeNull();
    expect(choice('no-cap').getAttribute('data-crosses-red-line')).toBe('false');

    show(capped(), 'control');
    expect(screen.getByTestId('clause-redline-army-cap').textContent).toBe(
      '⚠ Crosses the red lines of Ukraine',
    );
    expect(choice('no-cap').textContent).toBe('No cap (red line: Russia)');
  });

  it('lets whoever chairs table the item from the clause: the Secretary General, or Control while that seat is free', () => {
    const s = act(talksAtTable(), 'us', {
      type: 'proposeDraft',
      clauses: { 'security-guarantees': 'article-5-like' },
    });
    show(s, 'nato-sg');
    expect(screen.getByTestId('clause-nac-who-security-guarantees').textContent).toContain('you chair');
    fireEvent.click(screen.getByTestId('nac-table-security-guarantees'));
    expect(server.sent.at(-1)).toEqual({ type: 'tableDraft', itemIds: ['nato-backed-guarantee'] });
    show(s, 'control');
    expect(screen.queryByTestId('nac-table-security-guarantees')).toBeNull();

    const free = act(s, 'control', { type: 'releaseSeat', seatId: 'nato-sg' });
    show(free, 'ukraine');
    expect(screen.getByTestId('clause-nac-who-security-guarantees').textContent).toContain(
      'requested of Control, which chairs the Council while the Secretary General’s seat is free',
    );
    show(free, 'control');
    fireEvent.click(screen.getByTestId('nac-table-security-guarantees'));
    expect(server.sent.at(-1)).toEqual({ type: 'tableDraft', itemIds: ['nato-backed-guarantee'] });
  });
});
