// @vitest-environment happy-dom
// No raw ids on screen (issue 16, item 6): every tab of the Baltic exercise, for every kind of seat
// and Control, a few turns in, is rendered from the engine's own views and its visible text read
// for anything that looks like an internal id (camelCase, snake_case, "d2", "u-…", scenario ids).
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idLikeTokens, scenarioIds } from '@council/shared';
import baltic from '../../../../scenarios/baltic-tripwire.json';
import { parseScenario } from '../../../../shared/src/scenario/load';
import { advanceTo, balticExercise, menuOf, viewOf } from '../map/testExercise';
import { installFakeTransport, resetStore } from '../../test/fakeTransport';
import { joinWith } from '../../test/render';
import { ExerciseScreen } from './ExerciseScreen';

// The review fetches its record from the server; its words are checked in shared/src/review.
vi.mock('../review', () => ({ ReviewPanel: () => <p>Review</p> }));

afterEach(cleanup);

const parsed = parseScenario(baltic);
if (!parsed.ok) throw new Error('baltic-tripwire.json does not parse');
const known = scenarioIds(parsed.scenario);
const SEATS = ['saceur', 'red', 'est', 'hun', 'secgen', 'observer', 'control'];

/** A Baltic exercise with every seat held, a few turns in (the Council's agenda under way). */
function fewTurnsIn() {
  let state = balticExercise(...SEATS.filter((s) => s !== 'control'));
  for (let i = 0; i < 3; i++) state = advanceTo(advanceTo(state, 'situation'), 'decision');
  return state;
}

/** The page's text node by node (happy-dom's innerText runs adjacent elements together), and titles. */
function visibleText(root: Element): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && (parent.closest('style, script') || parent.closest('[hidden]'))) continue;
    parts.push(n.textContent ?? '');
  }
  for (const e of root.querySelectorAll('[aria-label], [title]'))
    parts.push(e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? '');
  return parts.join('\n');
}

describe('no internal id on any screen', () => {
  const state = fewTurnsIn();
  for (const seatId of SEATS)
    it(`shows ${seatId} words, not ids, on every tab`, async () => {
      resetStore();
      const server = installFakeTransport();
      server.orderMenu = (asked) => menuOf(state, seatId, asked);
      joinWith(server, viewOf(state, seatId));
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
      // The walk read the screens (the scenario's words are there), and found no id among them.
      expect(tabs.length).toBeGreaterThan(2);
      expect(read).toContain('Baltic');
      if (seatId === 'saceur') expect(read).toMatch(/Tallinn[\s\S]*VJTF/);
      expect([...new Set(found)]).toEqual([]);
    }, 60_000);
});
