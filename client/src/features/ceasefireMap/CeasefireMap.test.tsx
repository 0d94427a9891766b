// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExerciseView } from '@council/shared';
import ukraine from '../../../../scenarios/ukraine-ceasefire.json';
import { initialState } from '../../../../shared/src/engine/evolve';
import { advanceTo, run, seat } from '../../../../shared/src/engine/harness';
import { actorFor } from '../../../../shared/src/engine/legal';
import type { ExerciseState } from '../../../../shared/src/engine/state';
import { parseScenario } from '../../../../shared/src/scenario/load';
import { viewFor } from '../../../../shared/src/visibility/view';
import { useStore } from '../../store';
import { installFakeTransport, resetStore } from '../../test/fakeTransport';
import { CeasefireMapOf } from './CeasefireMapPanel';
import { overlaps, textBox } from './geometry';
import { MapTab } from './index';

vi.mock('../map', () => ({ ForcesPanel: () => <section data-testid="forces-panel" /> }));

const FORCE = {
  'reassurance-size': 'mnf-15000',
  'reassurance-lead': 'uk-france-lead',
  'reassurance-mandate': 'train-and-reassure',
};

/** The talks in consultation, with the text, its signature and the clock put in place. */
function talks(clauses: Record<string, string>, signedAt: string | null, hoursLater = 0): ExerciseState {
  const parsed = parseScenario(ukraine);
  if (!parsed.ok) throw new Error('ukraine-ceasefire.json does not parse');
  let s = initialState({
    type: 'exerciseCreated',
    exerciseId: 'map-test',
    code: 'UKRMAP',
    title: 'Map test',
    createdAt: '2026-01-01T00:00:00.000Z',
    scenario: parsed.scenario,
    seed: 5,
  });
  s = advanceTo(seat(run(s, 'control', { type: 'startExercise' }), 'ukraine'), 'consultation');
  const time = new Date(Date.parse(s.clock.time) + hoursLater * 3_600_000).toISOString();
  return {
    ...s,
    clock: { ...s.clock, time },
    negotiation: { ...s.negotiation!, clauses, signedAt: signedAt && s.clock.time },
  };
}

const viewOf = (state: ExerciseState): ExerciseView =>
  viewFor(state, actorFor(state, 'ukraine'), { connectedSeats: new Set(), controlConnections: 0 });

/** The view with the front moved as the world's rules would report it. */
function withFront(view: ExerciseView, shifts: Record<string, number>): ExerciseView {
  const talks = view.negotiation!;
  const front = talks.front!;
  const sectors = Object.fromEntries(
    Object.entries(front.sectors).map(([id, s]) => [id, { ...s, shiftKm: shifts[id] ?? s.shiftKm }]),
  );
  return { ...view, negotiation: { ...talks, front: { ...front, sectors } } };
}

beforeEach(() => resetStore());
afterEach(cleanup);

describe('the ceasefire map', () => {
  it('draws the four sectors of the line, labelled with their shift, with a title, a description and a table', () => {
    render(<CeasefireMapOf view={viewOf(talks({}, null))} />);
    const svg = screen.getByTestId('ceasefire-map-svg');
    expect(svg.querySelector('title')!.textContent).toMatch(/^Map of the line of contact/);
    expect(svg.querySelector('desc')!.textContent).toContain('Kharkiv, Donetsk, Zaporizhzhia, Kherson');
    for (const id of ['kharkiv', 'donetsk', 'zaporizhzhia', 'kherson']) {
      expect(screen.getByTestId(`sector-${id}`).getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
      expect(screen.getByTestId(`sector-label-${id}`).textContent).toMatch(/ 0 km$/);
      expect(within(screen.getByTestId(`sector-row-${id}`)).getByText('0 km')).toBeTruthy();
    }
    expect(screen.queryByTestId('dmz-donetsk')).toBeNull();
    expect(svg.querySelectorAll('.ceasefire-line--start')).toHaveLength(0);
  });

  it('moves a sector by the front’s shift and keeps the start line beside it', () => {
    const plain = viewOf(talks({}, null));
    render(<CeasefireMapOf view={withFront(plain, { donetsk: 12 })} />);
    expect(screen.getByTestId('sector-label-donetsk').textContent).toBe('Donetsk +12 km');
    expect(within(screen.getByTestId('sector-row-donetsk')).getByText('+12 km')).toBeTruthy();
    const svg = screen.getByTestId('ceasefire-map-svg');
    expect(svg.querySelectorAll('.ceasefire-line--start')).toHaveLength(1);
    const moved = screen.getByTestId('sector-donetsk').getAttribute('d');
    cleanup();
    render(<CeasefireMapOf view={plain} />);
    expect(screen.getByTestId('sector-donetsk').getAttribute('d')).not.toBe(moved);
  });

  it('shows the drafted demilitarised zone as a band around Donetsk, wider for 40 km than for 5', () => {
    const width = (option: string) => {
      render(<CeasefireMapOf view={viewOf(talks({ 'dmz-width': option }, null))} />);
      const band = screen.getByTestId('dmz-donetsk');
      const w = Number(band.getAttribute('stroke-width'));
      expect(
        within(screen.getByTestId('sector-row-donetsk')).getByText(/each side \(drafted\)/),
      ).toBeTruthy();
      cleanup();
      return w;
    };
    const five = width('dmz-5km');
    expect(five).toBeGreaterThan(0);
    expect(width('dmz-40km')).toBeCloseTo(five * 8, 5);
  });

  it('before signature the force waits; after it each unit shows with its status and ETA', () => {
    render(<CeasefireMapOf view={viewOf(talks(FORCE, null))} />);
    expect(screen.getByTestId('force-note').textContent).toBe('The force deploys once the deal is signed.');
    expect(screen.queryByTestId('force-unit-uk-brigade-1')).toBeNull();
    cleanup();
    render(<CeasefireMapOf view={viewOf(talks(FORCE, 'signed', 100))} />);
    expect(screen.getByTestId('force-note').textContent).toMatch(/^15,000 troops in 4 units/);
    for (const id of ['mnfu-hq', 'uk-brigade-1', 'fr-brigade-1', 'coalition-brigade-1'])
      expect(screen.getByTestId(`force-unit-${id}`).querySelector('image')).not.toBeNull();
    expect(screen.getByTestId('force-status-uk-brigade-1').textContent).toBe('Moving');
    expect(screen.getByTestId('force-status-coalition-brigade-1').textContent).toBe('Alerted');
    expect(screen.getByTestId('force-unit-uk-brigade-1').textContent).toMatch(/^ETA D\+\d+ \d\d:00$/);
    expect(screen.getByTestId('ceasefire-map-svg').querySelector('desc')!.textContent).toContain(
      'Reassurance force: 0 units in place, 3 moving, 1 alerted',
    );
  });

  it('at signature the units waiting at one base stand side by side, under its name', () => {
    render(<CeasefireMapOf view={viewOf(talks(FORCE, 'signed'))} />);
    const atRzeszow = ['mnfu-hq', 'uk-brigade-1', 'fr-brigade-1'].map((id) => {
      const image = screen.getByTestId(`force-unit-${id}`).querySelector('image')!;
      const [x, y, w] = ['x', 'y', 'width'].map((a) => Number(image.getAttribute(a)));
      return { x0: x!, x1: x! + w!, y: y! };
    });
    atRzeszow.sort((a, b) => a.x0 - b.x0);
    for (let i = 1; i < atRzeszow.length; i++) expect(atRzeszow[i]!.x0).toBeGreaterThan(atRzeszow[i - 1]!.x1);
    const name = screen.getByTestId('force-place-rzeszow').querySelector('text')!;
    expect(name.textContent).toBe('Rzeszów');
    expect(name.getAttribute('text-anchor')).toBe('middle');
    expect(Number(name.getAttribute('y'))).toBeLessThan(Math.min(...atRzeszow.map((u) => u.y)));
  });

  it('a moving headquarters’ ETA stands by its box, clear of the base’s name', () => {
    render(<CeasefireMapOf view={viewOf(talks(FORCE, 'signed', 48))} />);
    expect(screen.getByTestId('force-status-mnfu-hq').textContent).toBe('Moving');
    const unit = screen.getByTestId('force-unit-mnfu-hq');
    const image = unit.querySelector('image')!;
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(image.getAttribute(a)));
    const text = (el: Element, size: number) =>
      textBox(
        Number(el.getAttribute('x')),
        Number(el.getAttribute('y')),
        el.textContent!,
        size,
        el.getAttribute('text-anchor') === 'start' ? 'start' : 'middle',
      );
    const eta = unit.querySelector('text')!;
    expect(eta.textContent).toMatch(/^ETA D\+\d+ \d\d:00$/);
    const etaBox = text(eta, 12);
    // Beside the box itself, not under the staff's foot to its left.
    const near = { x0: x! - 8, y0: y! - 16, x1: x! + w! + 8, y1: y! + h! + 16 };
    expect(overlaps(etaBox, near)).toBe(true);
    expect(Number(eta.getAttribute('x'))).toBeGreaterThan(x!);
    const name = screen.getByTestId('force-place-rzeszow').querySelector('text')!;
    expect(overlaps(etaBox, text(name, 13))).toBe(false);
  });

  it('a signed text without a force sends none', () => {
    render(
      <CeasefireMapOf view={viewOf(talks({ ...FORCE, 'reassurance-size': 'no-force' }, 'signed', 100))} />,
    );
    expect(screen.getByTestId('force-note').textContent).toBe('The signed text sends no reassurance force.');
    expect(screen.getByTestId('ceasefire-map-svg').querySelectorAll('.ceasefire-unit')).toHaveLength(0);
  });
});

describe('the map tab', () => {
  it('shows the ceasefire map for a scenario with a line of contact', async () => {
    const server = installFakeTransport();
    const view = viewOf(talks({}, null));
    act(() => {
      useStore.getState().enterExercise(view.code);
      server.sink().status('connected');
      server.sink().view(view);
    });
    render(<MapTab />);
    expect(await screen.findByTestId('ceasefire-map-svg', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('forces-panel')).toBeNull();
  });

  it('shows the forces panel otherwise', () => {
    const server = installFakeTransport();
    const view = viewOf(talks({}, null));
    act(() => {
      useStore.getState().enterExercise(view.code);
      server.sink().status('connected');
      server.sink().view({ ...view, negotiation: null });
    });
    render(<MapTab />);
    expect(screen.getByTestId('forces-panel')).toBeTruthy();
  });
});
