// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { useStore } from './store';
import { installFakeTransport, makeView, resetStore, type FakeServer } from './test/fakeTransport';

let server: FakeServer;
beforeEach(() => {
  resetStore();
  server = installFakeTransport();
});
afterEach(cleanup);

describe('the app frame', () => {
  it('switches language and updates <html lang>', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Crisis Council');
    fireEvent.click(screen.getByRole('button', { name: /Français/ }));
    expect(document.documentElement.lang).toBe('fr');
    expect(localStorage.getItem('council:locale')).toBe('fr');
    expect(screen.getByRole('heading', { name: 'Rejoindre un exercice' })).toBeTruthy();
  });

  it('joins the exercise of the address, shows the connection state and leaves on the way out', () => {
    act(() => useStore.getState().navigate('/x/ABC234'));
    render(<App />);
    expect(screen.getByTestId('connection-state').textContent).toContain('Connecting');
    act(() => {
      server.sink().status('connected');
      server.sink().view(makeView());
    });
    expect(screen.getByTestId('connection-state').getAttribute('data-state')).toBe('connected');
    expect(screen.getByTestId('exercise-title-header').textContent).toBe('Staff course 24');
    act(() => useStore.getState().navigate('/'));
    expect(server.closed).toBe(1);
    expect(screen.queryByTestId('connection-state')).toBeNull();
  });

  it('shows why a join was refused', () => {
    act(() => useStore.getState().navigate('/x/QWERTY'));
    render(<App />);
    act(() => {
      server.sink().refused({ code: 'NO_SUCH_EXERCISE', message: 'No exercise has the code QWERTY.' });
      server.sink().status('refused');
    });
    expect(screen.getByRole('alert').textContent).toContain('No exercise has the code QWERTY.');
  });

  it('takes the control key from a control link and strips it from the address bar', () => {
    window.history.replaceState(null, '', '/x/ABC234#control=s3cret');
    act(() => useStore.getState().syncRoute());
    expect(localStorage.getItem('council:control:ABC234')).toBe('s3cret');
    expect(window.location.hash).toBe('');
    expect(useStore.getState().route).toEqual({ name: 'exercise', code: 'ABC234' });
  });
});
