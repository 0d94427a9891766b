// @vitest-environment happy-dom
// No raw ids on screen (issue 16, item 6): every tab of the Baltic exercise and of the Ukraine
// ceasefire talks, for every kind of seat and Control, a few turns in, is rendered from the engine's
// own views and its visible text read for anything that looks like an internal id (camelCase,
// snake_case, "d2", "u-…", scenario ids).
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idLikeTokens } from '@council/shared';
import baltic from '../../../../scenarios/baltic-tripwire.json';
import ukraine from '../../../../scenarios/ukraine-ceasefire.json';
import { playTurns } from '../../../../shared/src/engine/harness';
import { advanceTo, balticExercise, menuOf, order, viewOf, type ExerciseState } from '../map/testExercise';
import { talksAtTable, viewOf as talksViewOf } from '../negotiation/testTalks';
import { installFakeTransport, resetStore } from '../../test/fakeTransport';
import { useStore } from '../../store';
import { joinWith } from '../../test/render';
import { ExerciseScreen } from './ExerciseScreen';
import { idsOf, visibleText } from './idWalk';

// The review fetches its record from the server; its screens are walked in noIdsReview.test.tsx.
vi.mock('../review', () => ({ ReviewPanel: () => <p>Review</p> }));

afterEach(cleanup);

/**
 * The harness seats players as "Player <seat id>": a name a person typed, not a label the screen
 * makes. Players here get names that are not ids, so an id the walk finds is one the screen made.
 */
function named(state: ExerciseState): ExerciseState {
  const seats = Object.entries(state.seats).map(([id, held], i) => [
    id,
    { ...held, displayName: `Delegate ${i + 1}` },
  ]);
  return { ...state, seats: Object.fromEntries(seats) as ExerciseState['seats'] };
}

/** Opens every tab the seat has and returns what it read and the id-like tokens it found. */
async function walkTabs(
  state: ExerciseState,
  seatId: string,
  view: typeof viewOf,
  known: ReadonlySet<string>,
  locale: 'en' | 'fr' = 'en',
): Promise<{ tabs: string[]; read: string; found: string[] }> {
  resetStore();
  useStore.getState().setLocale(locale);
  const server = installFakeTransport();
  server.orderMenu = (asked) => menuOf(state, seatId, asked);
  joinWith(server, view(state, seatId));
  render(<ExerciseScreen />);
  const tabs = screen.getAllByRole('tab').map((t) => t.getAttribute('data-testid')!);
  const found: string[] = [];
  let read = '';
  for (const tab of tabs) {
    act(() => screen.getByTestId(tab).click());
    // Lazy panels (map, console) arrive after a tick.
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    const text = visibleText(document.body);
    read += text;
    for (const token of idLikeTokens(text, known)) found.push(`${tab}: ${token}`);
  }
  return { tabs, read, found: [...new Set(found)] };
}

describe('no internal id on any Baltic screen', () => {
  const SEATS = ['saceur', 'red', 'est', 'hun', 'secgen', 'observer', 'control'];
  const known = idsOf(baltic);
  /** A Baltic exercise with every seat held, a few turns in (the Council's agenda under way). */
  let state = balticExercise(...SEATS.filter((s) => s !== 'control'));
  for (let i = 0; i < 3; i++) state = advanceTo(advanceTo(state, 'situation'), 'decision');
  // A draft on the Council's table, so its card, positions and chair's tools are read too.
  state = order(advanceTo(state, 'consultation'), 'secgen', { type: 'tableDraft', itemIds: ['article-4'] });
  state = named(advanceTo(state, 'decision'));
  for (const seatId of SEATS)
    it(`shows ${seatId} words, not ids, on every tab`, async () => {
      const { tabs, read, found } = await walkTabs(state, seatId, viewOf, known);
      // The walk read the screens (the scenario's words are there), and found no id among them.
      expect(tabs.length).toBeGreaterThan(2);
      expect(read).toContain('Baltic');
      if (seatId === 'saceur') expect(read).toMatch(/Tallinn[\s\S]*VJTF/);
      if (seatId === 'secgen') expect(read).toContain('Draft 1');
      expect(found).toEqual([]);
    }, 60_000);
});

describe('no internal id on any Ukraine ceasefire screen', () => {
  // Required parties, optional ones (the one that walks out on a red line, the mediator, NATO's
  // Secretary General), the observer and Control.
  const SEATS = ['ukraine', 'russia', 'us', 'eu', 'hungary', 'turkey', 'nato-sg', 'observer', 'control'];
  const known = idsOf(ukraine);
  // A draft that commits NATO, tabled in the Council by its Secretary General: the talks' table,
  // the Council's and the line between them are all read.
  const proposed = order(talksAtTable(), 'us', {
    type: 'proposeDraft',
    clauses: { 'army-cap': 'cap-600k', 'security-guarantees': 'article-5-like' },
  });
  const state = named(
    playTurns(order(proposed, 'nato-sg', { type: 'tableDraft', itemIds: ['nato-backed-guarantee'] }), 1),
  );
  for (const seatId of SEATS)
    it(`shows ${seatId} words, not ids, on every tab`, async () => {
      const { tabs, read, found } = await walkTabs(state, seatId, talksViewOf, known);
      expect(tabs.length).toBeGreaterThan(2);
      expect(read).toMatch(/Ukraine/);
      // The US's draft is read in words: the title and the option's label.
      if (seatId === 'us') expect(read).toMatch(/Cap on Ukraine.s armed forces[\s\S]*600,000/);
      if (seatId === 'ukraine') expect(read).toContain('pending in the Council (draft 1)');
      expect(found).toEqual([]);
    }, 60_000);
});

// The same walk read in French: a label worded only in French (an agenda's status, a ruling, a
// timeline) must not fall back to an id either.
describe('no internal id on any screen read in French', () => {
  const baltic3 = (() => {
    let state = balticExercise('saceur', 'red', 'est', 'hun', 'secgen', 'observer');
    for (let i = 0; i < 3; i++) state = advanceTo(advanceTo(state, 'situation'), 'decision');
    state = order(advanceTo(state, 'consultation'), 'secgen', { type: 'tableDraft', itemIds: ['article-4'] });
    return named(advanceTo(state, 'decision'));
  })();
  for (const seatId of ['saceur', 'red', 'est', 'secgen', 'control'])
    it(`Baltic: ${seatId}`, async () => {
      const { read, found } = await walkTabs(baltic3, seatId, viewOf, idsOf(baltic), 'fr');
      expect(read).toContain('balte');
      expect(found).toEqual([]);
    }, 60_000);
  const talks = named(
    playTurns(
      order(
        order(talksAtTable(), 'us', {
          type: 'proposeDraft',
          clauses: { 'army-cap': 'cap-600k', 'security-guarantees': 'article-5-like' },
        }),
        'nato-sg',
        { type: 'tableDraft', itemIds: ['nato-backed-guarantee'] },
      ),
      1,
    ),
  );
  for (const seatId of ['ukraine', 'us', 'nato-sg', 'control'])
    it(`Ukraine: ${seatId}`, async () => {
      const { read, found } = await walkTabs(talks, seatId, talksViewOf, idsOf(ukraine), 'fr');
      expect(read).toMatch(/Ukraine/);
      expect(found).toEqual([]);
    }, 60_000);
});
