// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../store';
import { installFakeTransport, resetStore } from '../../test/fakeTransport';
import { ForcesPanel, timelineEnd } from './ForcesPanel';
import { balticExercise, menuOf, viewOf } from './testExercise';

beforeEach(() => {
  resetStore();
  const server = installFakeTransport();
  const state = balticExercise('saceur');
  server.orderMenu = (asked) => menuOf(state, 'saceur', asked);
  const view = viewOf(state, 'saceur');
  act(() => {
    useStore.getState().enterExercise(view.code);
    server.sink().status('connected');
    server.sink().view(view);
  });
});
afterEach(cleanup);

describe('the map’s keyboard and pointer controls', () => {
  it('zooms with + and −, pans with the arrows once zoomed, and resets with 0', () => {
    render(<ForcesPanel />);
    const svg = screen.getByTestId('map-svg');
    const tallinn = () =>
      screen.getByTestId('place-tallinn').querySelector('path')!.getAttribute('transform');
    const before = tallinn();
    fireEvent.keyDown(svg, { key: '+' });
    expect(svg.getAttribute('data-zoom')).toBe('1.50');
    const zoomed = tallinn();
    expect(zoomed).not.toBe(before);
    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    expect(tallinn()).not.toBe(zoomed);
    fireEvent.keyDown(svg, { key: '-' });
    fireEvent.keyDown(svg, { key: '0' });
    expect(svg.getAttribute('data-zoom')).toBe('1.00');
    expect(tallinn()).toBe(before);
    fireEvent.click(screen.getByTestId('map-zoom-in'));
    expect(svg.getAttribute('data-zoom')).toBe('1.50');
    fireEvent.click(screen.getByTestId('map-zoom-reset'));
    expect(svg.getAttribute('data-zoom')).toBe('1.00');
  });

  it('describes the map for screen readers and offers the same picture as a table', () => {
    render(<ForcesPanel />);
    const svg = screen.getByTestId('map-svg');
    expect(svg.getAttribute('aria-labelledby')).toBe('map-svg-title');
    expect(svg.querySelector('desc')?.textContent).toMatch(/units shown/);
    const table = screen.getByTestId('unit-table');
    expect(within(table).getByText('UK-led eFP battlegroup Estonia')).toBeTruthy();
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(40);
  });

  it('selects a unit from the command post list as from the map', async () => {
    render(<ForcesPanel />);
    // The list is the server's order menu's (ADR 0014): it shows once the menu has arrived.
    fireEvent.click(await screen.findByTestId('cp-unit-can-efp-bg'));
    expect(screen.getByTestId('unit-can-efp-bg').getAttribute('aria-pressed')).toBe('true');
    expect(await screen.findByTestId('order-card-can-efp-bg')).toBeTruthy();
  });
});

describe('the timeline’s reach', () => {
  it('runs at least three days ahead, past the last arrival, at most sixty days, in whole steps', () => {
    expect(timelineEnd(12, [])).toBe(84);
    expect(timelineEnd(0, [200])).toBe(216);
    expect(timelineEnd(0, [5000])).toBe(1440);
  });
});
