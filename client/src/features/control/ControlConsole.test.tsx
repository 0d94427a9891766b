// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExerciseView } from '@council/shared';
import { makeRunningView } from '../../test/councilFixture';
import { installFakeTransport, makeView, resetStore, type FakeServer } from '../../test/fakeTransport';
import { joinWith, pushView } from '../../test/render';
import { ControlConsole } from './ControlConsole';

let server: FakeServer;
beforeEach(() => {
  resetStore();
  server = installFakeTransport();
});
afterEach(cleanup);

const control = { seatId: null, isControl: true };
const click = async (testId: string) => {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
};
const withInjects = (view: ExerciseView): ExerciseView => ({
  ...view,
  injects: [
    {
      id: 'hybrid-opening',
      title: 'Deepfakes in Narva',
      text: 'Videos…',
      turn: 1,
      gameTime: view.clock.gameTime,
      fired: true,
      audience: 'public',
    },
    {
      id: 'mig31',
      title: 'MiG-31s over Vaindloo',
      text: 'Three jets…',
      turn: 2,
      gameTime: null,
      fired: false,
      audience: ['est', 'saceur'],
    },
  ],
});

describe("Control's console", () => {
  it('is shown to Control only', () => {
    joinWith(server, makeRunningView({ seatId: 'est', isControl: false }));
    render(<ControlConsole />);
    expect(screen.queryByTestId('control-console')).toBeNull();
  });

  it('starts the exercise from the lobby', async () => {
    joinWith(server, makeView({ you: control }));
    render(<ControlConsole />);
    expect(screen.queryByTestId('control-pause')).toBeNull();
    expect((screen.getByTestId('control-extend') as HTMLButtonElement).disabled).toBe(true);
    await click('control-start');
    expect(server.sent).toEqual([{ type: 'startExercise' }]);
  });

  it('pauses, resumes and advances the phase', async () => {
    const running = makeRunningView(control);
    joinWith(server, running);
    render(<ControlConsole />);
    expect(screen.queryByTestId('control-start')).toBeNull();
    await click('control-pause');
    pushView(server, {
      ...running,
      clock: { ...running.clock, status: 'paused', phaseEndsAt: null, remainingSeconds: 200 },
    });
    await click('control-resume');
    await click('control-advance');
    expect(server.sent).toEqual([
      { type: 'pauseExercise' },
      { type: 'resumeExercise' },
      { type: 'advancePhase' },
    ]);
  });

  it('sets, extends and shortens the phase timer in minutes', async () => {
    joinWith(server, makeRunningView(control));
    render(<ControlConsole />);
    fireEvent.change(screen.getByTestId('control-minutes'), { target: { value: '3' } });
    await click('control-set-timer');
    await click('control-extend');
    await click('control-shorten');
    expect(server.sent).toEqual([
      { type: 'setPhaseTimer', seconds: 180 },
      { type: 'extendPhase', seconds: 180 },
      { type: 'extendPhase', seconds: -180 },
    ]);
  });

  it('changes the game-time step and toggles the hot wash', async () => {
    joinWith(server, makeRunningView(control));
    render(<ControlConsole />);
    expect((screen.getByTestId('control-step') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('control-step-hours'), { target: { value: '6' } });
    await click('control-step');
    await click('control-hotwash');
    expect(server.sent).toEqual([
      { type: 'setTurnStep', hours: 6 },
      { type: 'setHotwash', enabled: true },
    ]);
  });

  it('releases injects from the master events list, once', async () => {
    joinWith(server, withInjects(makeRunningView(control)));
    render(<ControlConsole />);
    expect((screen.getByTestId('inject-hybrid-opening') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('inject-row-mig31').textContent).toContain('For: Estonia, SACEUR');
    await click('inject-mig31');
    expect(server.sent).toEqual([{ type: 'fireInject', injectId: 'mig31' }]);
  });

  it('shows who is connected and frees a seat', async () => {
    joinWith(server, makeRunningView(control, { controlConnections: 2 }));
    render(<ControlConsole />);
    expect(screen.getByTestId('control-connections').textContent).toContain('Facilitator connections: 2');
    expect(screen.getByTestId('control-seat-est').getAttribute('data-connected')).toBe('true');
    await click('control-release-est');
    expect(server.sent).toEqual([{ type: 'releaseSeat', seatId: 'est' }]);
  });

  it('asks before ending the exercise', async () => {
    joinWith(server, makeRunningView(control));
    render(<ControlConsole />);
    await click('control-end');
    expect(server.sent).toEqual([]);
    await click('control-end-confirm');
    expect(server.sent).toEqual([{ type: 'endExercise' }]);
  });
});
