// @vitest-environment happy-dom
/// <reference types="node" />
// No raw ids on screen (issue 16, item 6), the review's own screens: Control's review of a played
// Baltic exercise scrubbed to its start, to the Council's adoption and to its end, and a seat's own
// review, their visible text read for anything that looks like an internal id.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportJson, idLikeTokens, seatReview, viewAt, type GameEvent } from '@council/shared';
import baltic from '../../../../scenarios/baltic-tripwire.json';
import ukraine from '../../../../scenarios/ukraine-ceasefire.json';
import { evolve, initialState } from '../../../../shared/src/engine/evolve';
import { runLogged, WALL_START } from '../../../../shared/src/engine/harness';
import type { ExerciseState } from '../../../../shared/src/engine/state';
import { viewOf as talksViewOf } from '../negotiation/testTalks';
import { parseScenario } from '../../../../shared/src/scenario/load';
import { LobbyPage } from '../lobby/LobbyPage';
import { saveControlKey, saveSeatToken } from '../../store/persist';
import { makeRunningView } from '../../test/councilFixture';
import { installFakeTransport, resetStore, type FakeServer } from '../../test/fakeTransport';
import { joinWith } from '../../test/render';
import { useStore } from '../../store';
import { idsOf, visibleText } from './idWalk';
import '../review/index';

// Maps draw on a canvas happy-dom has not got; their labels are checked by the map's own tests.
vi.mock('../map', () => ({ ForcesPanel: () => <section data-testid="forces-panel" /> }));
vi.mock('../review/ReviewMap', () => ({ ReviewMap: () => <div data-testid="review-map" /> }));

const known = idsOf(baltic);

/** The Ukraine talks played a few turns, as the log the server keeps: every event in order. */
function talksLog(): { events: GameEvent[]; state: ExerciseState } {
  const parsed = parseScenario(ukraine);
  if (!parsed.ok) throw new Error('ukraine-ceasefire.json does not parse');
  const created: GameEvent = {
    type: 'exerciseCreated',
    exerciseId: 'talks-review',
    code: 'ABC234',
    title: 'Talks review',
    createdAt: '2026-01-01T00:00:00.000Z',
    scenario: parsed.scenario,
    seed: 5,
  };
  const log: GameEvent[] = [created];
  let state = initialState(created as Extract<GameEvent, { type: 'exerciseCreated' }>);
  const play = (seatId: string, command: Parameters<typeof runLogged>[2]) => {
    const step = runLogged(state, seatId, command);
    state = step.state;
    log.push(...step.events);
  };
  play('control', { type: 'startExercise' });
  parsed.scenario.negotiation!.parties.forEach((party, i) => {
    const claimed: GameEvent = {
      type: 'seatClaimed',
      seatId: party.seat,
      displayName: `Delegate ${i + 1}`,
      tokenHash: `hash-${party.seat}`,
      at: WALL_START,
    };
    state = evolve(state, claimed);
    log.push(claimed);
  });
  while (state.session.phase !== 'consultation') play('control', { type: 'advancePhase' });
  play('us', {
    type: 'proposeDraft',
    clauses: { 'army-cap': 'cap-600k', 'security-guarantees': 'article-5-like' },
  });
  play('nato-sg', { type: 'tableDraft', itemIds: ['nato-backed-guarantee'] });
  for (let i = 0; i < 10; i++) play('control', { type: 'advancePhase' });
  return { events: log, state };
}

const golden = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../tests/replays/baltic-vjtf.golden.json'), 'utf8'),
) as { events: GameEvent[] };
const balticEvents = golden.events;

let server: FakeServer;
let events = balticEvents;
beforeEach(() => {
  events = balticEvents;
  resetStore();
  server = installFakeTransport();
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    const seat = new Headers(init?.headers).get('X-Seat-Token') === 'est-token';
    const body = (value: unknown) => Promise.resolve(new Response(JSON.stringify(value), { status: 200 }));
    if (url.endsWith('log.json')) return body(exportJson(events));
    if (url.includes('seat.json')) return body(seatReview(events, 'est', false));
    const seq = /view\/(\d+)$/.exec(url)?.[1];
    if (seq) return body(viewAt(events, Number(seq), seat ? { seatId: 'est', isControl: false } : control));
    return body({ from: events.length, lastSeq: events.length, events: [] });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

const control = { seatId: null, isControl: true };
const idsOnScreen = () => [...new Set(idLikeTokens(visibleText(document.body), known))];

describe('no internal id on the review’s screens', () => {
  it('Control’s review, at the start, at the Council’s adoption and at the end', async () => {
    saveControlKey('ABC234', 'the-key');
    render(<LobbyPage code="ABC234" />);
    joinWith(server, makeRunningView(control, { seq: events.length }));
    act(() => screen.getByTestId('tab-review').click());
    const scrubber = (await screen.findByTestId('review-scrubber')) as HTMLInputElement;
    const found: string[] = [];
    const adopted = events.findIndex((e) => e.type === 'draftAdopted');
    for (const at of [0, adopted, events.length - 1]) {
      fireEvent.change(scrubber, { target: { value: String(at) } });
      await act(async () => new Promise((r) => setTimeout(r, 50)));
      found.push(...idsOnScreen().map((id) => `${at}: ${id}`));
    }
    expect(screen.getByTestId('review-decisions').textContent).toContain('VJTF');
    expect(found).toEqual([]);
  });

  it('Control’s review read in French: no id, and the timeline, agenda and rulings in French', async () => {
    useStore.getState().setLocale('fr');
    saveControlKey('ABC234', 'the-key');
    render(<LobbyPage code="ABC234" />);
    joinWith(server, makeRunningView(control, { seq: events.length }));
    act(() => screen.getByTestId('tab-review').click());
    const scrubber = (await screen.findByTestId('review-scrubber')) as HTMLInputElement;
    const found: string[] = [];
    let read = '';
    const adopted = events.findIndex((e) => e.type === 'draftAdopted');
    for (const at of [0, adopted, events.length - 1]) {
      fireEvent.change(scrubber, { target: { value: String(at) } });
      await act(async () => new Promise((r) => setTimeout(r, 50)));
      read += visibleText(document.body);
      found.push(...idsOnScreen().map((id) => `${at}: ${id}`));
    }
    expect(found).toEqual([]);
    expect(read).toContain('Début du tour 1');
    expect(read).not.toMatch(/Turn \d started|adjudicated|: adopted|Red attacks|defence holds/);
  });

  it('a seat’s own review', async () => {
    saveSeatToken('ABC234', 'est-token');
    render(<LobbyPage code="ABC234" />);
    joinWith(server, makeRunningView({ seatId: 'est', isControl: false }));
    act(() => screen.getByTestId('tab-review').click());
    const scrubber = (await screen.findByTestId('review-scrubber')) as HTMLInputElement;
    const found: string[] = [];
    for (const at of ['0', scrubber.max]) {
      fireEvent.change(scrubber, { target: { value: at } });
      await act(async () => new Promise((r) => setTimeout(r, 100)));
      found.push(...idsOnScreen().map((id) => `${at}: ${id}`));
    }
    expect(await screen.findByTestId('review-own')).toBeTruthy();
    expect(found).toEqual([]);
  });

  it('Control’s review of the Ukraine talks, at the start, at the NATO draft and at the end', async () => {
    const talks = talksLog();
    events = talks.events;
    const known = idsOf(ukraine);
    saveControlKey('ABC234', 'the-key');
    render(<LobbyPage code="ABC234" />);
    joinWith(server, { ...talksViewOf(talks.state, 'control'), seq: events.length });
    act(() => screen.getByTestId('tab-review').click());
    const scrubber = (await screen.findByTestId('review-scrubber')) as HTMLInputElement;
    const found: string[] = [];
    const tabled = events.findIndex((e) => e.type === 'draftTabled');
    let read = '';
    for (const at of [0, tabled, events.length - 1]) {
      fireEvent.change(scrubber, { target: { value: String(at) } });
      await act(async () => new Promise((r) => setTimeout(r, 50)));
      const text = visibleText(document.body);
      read += text;
      found.push(...idLikeTokens(text, known).map((id) => `${at}: ${id}`));
    }
    expect(tabled).toBeGreaterThan(0);
    expect(read).toContain('Ukraine');
    expect(scrubber.max).toBe(String(events.length - 1));
    expect(found).toEqual([]);
  });
});
