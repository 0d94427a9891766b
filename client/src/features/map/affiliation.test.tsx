// @vitest-environment happy-dom
// Every seat sees its own forces as its own: Red's units in the friendly frame for Red and NATO's as
// hostile; NATO's seats (and Control) the other way round. Decided from the view's perspective.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useStore } from '../../store';
import { installFakeTransport, resetStore } from '../../test/fakeTransport';
import { ForcesPanel } from './ForcesPanel';
import { affiliationOf, sidcAs } from './symbols';
import { balticExercise, menuOf, viewOf } from './testExercise';

afterEach(cleanup);

function showMapTo(seatId: string) {
  resetStore();
  const server = installFakeTransport();
  const state = balticExercise(seatId);
  server.orderMenu = (asked) => menuOf(state, seatId, asked);
  const view = viewOf(state, seatId);
  act(() => {
    useStore.getState().enterExercise(view.code);
    server.sink().status('connected');
    server.sink().view(view);
  });
  render(<ForcesPanel />);
}

const frames = (side: string) =>
  [...document.querySelectorAll(`.map-unit--${side}`)].map((e) => e.getAttribute('data-affiliation'));

describe('units in the viewer’s frame', () => {
  it('frames a unit by the viewer’s side: own side friendly, the other hostile; Control as NATO', () => {
    expect(affiliationOf('red', 'red')).toBe('friend');
    expect(affiliationOf('red', 'blue')).toBe('hostile');
    expect(affiliationOf('blue', 'red')).toBe('hostile');
    expect(affiliationOf('control', 'blue')).toBe('friend');
    expect(sidcAs('SHGPUCIZ---H---', 'friend')).toBe('SFGPUCIZ---H---');
    expect(sidcAs('SFGPUCIZ---H---', 'hostile')).toBe('SHGPUCIZ---H---');
  });

  it('draws Red’s own units as friends and NATO’s as hostile for the Red cell', () => {
    showMapTo('red');
    expect(screen.getByTestId('map-svg')).toBeTruthy();
    expect(frames('red').length).toBeGreaterThan(0);
    expect(new Set(frames('red'))).toEqual(new Set(['friend']));
    expect(new Set(frames('blue'))).toEqual(new Set(['hostile']));
  });

  it('draws NATO’s units as friends and Red’s as hostile for SACEUR', () => {
    showMapTo('saceur');
    expect(new Set(frames('blue'))).toEqual(new Set(['friend']));
    expect(new Set(frames('red'))).toEqual(new Set(['hostile']));
  });
});
