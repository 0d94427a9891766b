// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExerciseView } from '@council/shared';
import { useStore } from '../../store';
import { installFakeTransport, resetStore, type FakeServer } from '../../test/fakeTransport';
import { ForcesPanel } from './ForcesPanel';
import { advanceTo, balticExercise, order, viewOf } from './testExercise';

let server: FakeServer;

function show(view: ExerciseView) {
  act(() => {
    useStore.getState().enterExercise(view.code);
    server.sink().status('connected');
    server.sink().view(view);
  });
  return render(<ForcesPanel />);
}

beforeEach(() => {
  resetStore();
  server = installFakeTransport();
});
afterEach(cleanup);

describe('the forces panel', () => {
  it('draws the theatre, its places and the seat’s units as named buttons', () => {
    show(viewOf(balticExercise('saceur'), 'saceur'));
    const svg = screen.getByTestId('map-svg');
    expect(svg.querySelector('title')?.textContent).toContain('D+');
    expect(svg.querySelectorAll('path.map-country').length).toBeGreaterThan(5);
    expect(screen.getByTestId('place-tallinn').textContent).toContain('Tallinn');
    expect(screen.getByTestId('chokepoint-corridor')).toBeTruthy();
    const unit = screen.getByTestId('unit-gbr-efp-bg');
    expect(unit.getAttribute('role')).toBe('button');
    expect(unit.getAttribute('aria-label')).toMatch(/in place/);
    expect(unit.querySelector('image')?.getAttribute('href')).toMatch(/^data:image\/svg\+xml/);
  });

  it('selects a unit with Enter and offers its orders, closed ones with the reason', () => {
    show(viewOf(balticExercise('saceur'), 'saceur'));
    fireEvent.keyDown(screen.getByTestId('unit-vjtf-lead'), { key: 'Enter' });
    const post = screen.getByTestId('command-post');
    expect(within(post).getByTestId('order-vjtf-lead-alertUnit')).toHaveProperty('disabled', false);
    fireEvent.change(within(post).getByTestId('order-destination-vjtf-lead'), {
      target: { value: 'tallinn' },
    });
    expect(within(post).getByTestId('order-vjtf-lead-deployUnit')).toHaveProperty('disabled', true);
    expect(screen.getByTestId('order-reason-vjtf-lead-deployUnit').textContent).toMatch(/NAC decision/);
    expect(screen.getByTestId('order-eta-vjtf-lead').textContent).toMatch(/Predicted arrival D\+\d+/);
    fireEvent.click(within(post).getByTestId('order-vjtf-lead-alertUnit'));
    expect(server.sent).toEqual([{ type: 'alertUnit', unitId: 'vjtf-lead' }]);
  });

  it('shows a move under way with its arrival, and where it will be on the timeline', () => {
    let s = balticExercise('saceur');
    s = order(s, 'saceur', { type: 'moveUnit', unitId: 'gbr-efp-bg', destination: 'tallinn' });
    s = advanceTo(advanceTo(s, 'adjudication'), 'consultation');
    const view = viewOf(s, 'saceur');
    show(view);
    const unit = view.forces!.units.find((u) => u.id === 'gbr-efp-bg')!;
    expect(unit.order ?? unit.location).toBeTruthy();
    const label = screen.getByTestId('timeline-label');
    const slider = screen.getByTestId('timeline-slider');
    const now = label.textContent;
    fireEvent.change(slider, { target: { value: String(Number(slider.getAttribute('max'))) } });
    expect(label.textContent).not.toBe(now);
    expect(screen.getByTestId('unit-gbr-efp-bg').getAttribute('aria-label')).toMatch(/at Tallinn/);
  });

  it('lists the escalation rung and an empty report before any adjudication', () => {
    show(viewOf(balticExercise('red'), 'red'));
    expect(screen.getByTestId('escalation-rung').textContent).toMatch(/Current rung/);
    expect(screen.getByTestId('adjudication-report').textContent).toMatch(
      /No adjudication yet|Combat|Notice/,
    );
    expect(screen.getByTestId('command-post').textContent).toMatch(/Interdict/);
  });

  it('says so when the exercise has no forces', () => {
    const view = viewOf(balticExercise('saceur'), 'saceur');
    show({ ...view, forces: null });
    expect(screen.getByTestId('forces-panel').textContent).toMatch(/no forces/);
  });
});
