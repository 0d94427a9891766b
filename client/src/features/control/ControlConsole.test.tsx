// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExerciseView } from '@council/shared';
import { makeRunningView } from '../../test/councilFixture';
import { installFakeTransport, makeView, resetStore, type FakeServer } from '../../test/fakeTransport';
import { joinWith, pushView } from '../../test/render';
import { useStore } from '../../store';
import { balticExercise, viewOf } from '../map/testExercise';
import { BroadcastBanner } from './BroadcastBanner';
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
    // Releasing ejects a player at once: the console asks first, and Keep changes nothing.
    await click('control-release-est');
    expect(server.sent).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe('Release Estonia? Kadri leaves the seat at once.');
    await click('control-release-est-cancel');
    await click('control-release-est');
    await click('control-release-est-confirm');
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

  it('repeats the current phase', async () => {
    joinWith(server, makeRunningView(control));
    render(<ControlConsole />);
    await click('control-repeat');
    expect(server.sent).toEqual([{ type: 'repeatPhase' }]);
  });

  it('broadcasts to every seat', async () => {
    joinWith(server, makeRunningView(control));
    render(<ControlConsole />);
    const sendButton = screen.getByTestId('control-broadcast-send') as HTMLButtonElement;
    expect(sendButton.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('control-broadcast-text'), {
      target: { value: 'Lunch until 13:00.' },
    });
    await click('control-broadcast-send');
    expect(server.sent).toEqual([{ type: 'broadcast', text: 'Lunch until 13:00.' }]);
  });

  it('writes an ad-hoc inject for one seat, with a measure effect', async () => {
    joinWith(server, makeRunningView(control));
    render(<ControlConsole />);
    fireEvent.change(screen.getByTestId('control-adhoc-title'), { target: { value: 'Cable' } });
    fireEvent.change(screen.getByTestId('control-adhoc-body'), { target: { value: 'For Tallinn only.' } });
    fireEvent.click(screen.getByTestId('control-adhoc-all'));
    expect((screen.getByTestId('control-adhoc-send') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('control-adhoc-seat-est'));
    fireEvent.change(screen.getByTestId('control-adhoc-measure'), { target: { value: 'cohesion' } });
    fireEvent.change(screen.getByTestId('control-adhoc-delta'), { target: { value: '-5' } });
    await click('control-adhoc-send');
    expect(server.sent).toEqual([
      {
        type: 'injectAdHoc',
        title: 'Cable',
        body: 'For Tallinn only.',
        audience: ['est'],
        measureEffects: [{ measure: 'cohesion', delta: -5 }],
      },
    ]);
  });

  it('overrides a result only with a rationale', async () => {
    joinWith(
      server,
      makeRunningView(control, { measures: { cohesion: 60, deterrenceCredibility: 50, escalationRung: 3 } }),
    );
    render(<ControlConsole />);
    fireEvent.change(screen.getByTestId('control-override-value'), { target: { value: '40' } });
    fireEvent.change(screen.getByTestId('control-override-rationale'), { target: { value: 'too short' } });
    // Too short: refused before sending, with the reason (issue 16), the text kept.
    await click('control-override-send');
    expect(server.sent).toEqual([]);
    expect(screen.getByTestId('control-override-problem').textContent).toBe(
      'Rationale: at least 10 characters.',
    );
    const rationale = 'The leak split the alliance more than the model allows.';
    fireEvent.change(screen.getByTestId('control-override-rationale'), { target: { value: rationale } });
    await click('control-override-send');
    fireEvent.change(screen.getByTestId('control-override-kind'), { target: { value: 'position' } });
    fireEvent.change(screen.getByTestId('control-override-ally'), { target: { value: 'est' } });
    fireEvent.change(screen.getByTestId('control-override-position'), { target: { value: 'object' } });
    fireEvent.change(screen.getByTestId('control-override-rationale'), { target: { value: rationale } });
    await click('control-override-send');
    expect(server.sent).toEqual([
      { type: 'overrideResult', target: { kind: 'measure', measure: 'cohesion', value: 40 }, rationale },
      {
        type: 'overrideResult',
        target: { kind: 'position', draftId: 'd2', allyId: 'est', position: 'object' },
        rationale,
      },
    ]);
  });

  it('overrides a unit’s strength and who holds a place, only with forces on the map', async () => {
    joinWith(server, makeRunningView(control));
    const { unmount } = render(<ControlConsole />);
    const kinds = () =>
      [...(screen.getByTestId('control-override-kind') as HTMLSelectElement).options].map((o) => o.value);
    expect(kinds()).toEqual(['measure', 'position']);
    unmount();
    joinWith(server, viewOf(balticExercise(), 'control'));
    render(<ControlConsole />);
    expect(kinds()).toEqual(['measure', 'position', 'unitStrength', 'placeControl']);
    const rationale = 'The battlegroup held on in Tapa longer than the table allows.';
    fireEvent.change(screen.getByTestId('control-override-kind'), { target: { value: 'unitStrength' } });
    fireEvent.change(screen.getByTestId('control-override-unit'), { target: { value: 'gbr-efp-bg' } });
    expect((screen.getByTestId('control-override-strength') as HTMLInputElement).value).toBe('100');
    fireEvent.change(screen.getByTestId('control-override-strength'), { target: { value: '40' } });
    fireEvent.change(screen.getByTestId('control-override-rationale'), { target: { value: rationale } });
    await click('control-override-send');
    fireEvent.change(screen.getByTestId('control-override-kind'), { target: { value: 'placeControl' } });
    fireEvent.change(screen.getByTestId('control-override-place'), { target: { value: 'tallinn' } });
    expect((screen.getByTestId('control-override-side') as HTMLSelectElement).value).toBe('red');
    fireEvent.change(screen.getByTestId('control-override-rationale'), { target: { value: rationale } });
    await click('control-override-send');
    expect(server.sent).toEqual([
      {
        type: 'overrideResult',
        target: { kind: 'unitStrength', unitId: 'gbr-efp-bg', strength: 40 },
        rationale,
      },
      {
        type: 'overrideResult',
        target: { kind: 'placeControl', placeId: 'tallinn', side: 'red' },
        rationale,
      },
    ]);
  });

  it('shows how long since each seat acted, and hands seats to bots and back', async () => {
    const acted = new Date(Date.now() - 3 * 60_000 - 5_000).toISOString();
    const base = makeRunningView(control);
    joinWith(server, {
      ...base,
      seats: base.seats.map((s) =>
        s.id === 'red' ? { ...s, holder: { displayName: 'Bot', bot: true } } : s,
      ),
      controlRoom: { team: [], assistantKeys: [], lastActedAt: { est: acted } },
    });
    render(<ControlConsole />);
    expect(screen.getByTestId('control-acted-est').textContent).toBe('3 min ago');
    expect(screen.getByTestId('control-acted-red').textContent).toBe('not yet');
    expect(screen.getByTestId('control-botbadge-red').textContent).toBe('Bot');
    expect(screen.getByTestId('control-presence-red').textContent).toBe('⚙ Played by a bot');
    await click('control-unbot-red');
    await click('control-tobot-usa');
    await click('control-fill-bots');
    expect(server.sent).toEqual([
      { type: 'takeSeatFromBot', seatId: 'red' },
      { type: 'handSeatToBot', seatId: 'usa' },
      // Every empty seat a bot can play: not Control's, not the observer's, not a held one.
      { type: 'handSeatToBot', seatId: 'secgen' },
      { type: 'handSeatToBot', seatId: 'saceur' },
      { type: 'handSeatToBot', seatId: 'usa' },
    ]);
  });

  it('assigns a seat and shows its link once, and swaps two seats', async () => {
    server.reply = (command) =>
      command.type === 'assignSeat' ? { ok: true, seatToken: 'tok-123' } : { ok: true };
    joinWith(server, makeRunningView(control));
    render(<ControlConsole />);
    fireEvent.change(screen.getByTestId('control-assign-seat'), { target: { value: 'usa' } });
    fireEvent.change(screen.getByTestId('control-assign-name'), { target: { value: 'Sam' } });
    await click('control-assign');
    expect(screen.getByTestId('control-seat-link').textContent).toMatch(/\/x\/[A-Z0-9]+#seat=tok-123$/);
    fireEvent.change(screen.getByTestId('control-swap-a'), { target: { value: 'est' } });
    fireEvent.change(screen.getByTestId('control-swap-b'), { target: { value: 'usa' } });
    await click('control-swap');
    expect(server.sent).toEqual([
      { type: 'assignSeat', seatId: 'usa', displayName: 'Sam' },
      { type: 'swapSeats', a: 'est', b: 'usa' },
    ]);
  });

  it('lists the Control team and issues an assistant key shown once', async () => {
    server.reply = (command) =>
      command.type === 'issueAssistantKey' ? { ok: true, controlKey: 'key-456' } : { ok: true };
    joinWith(
      server,
      makeRunningView(control, {
        controlRoom: {
          team: [
            { name: 'Lea', role: 'lead' },
            { name: 'Sam', role: 'assistant' },
          ],
          assistantKeys: [
            { keyId: 'assistant-1', name: 'Sam', issuedAt: '2026-11-23T10:00:00.000Z', revoked: false },
          ],
          lastActedAt: {},
        },
      }),
    );
    render(<ControlConsole />);
    expect(screen.getByTestId('control-team').textContent).toContain('Lea · lead');
    expect(screen.getByTestId('control-team').textContent).toContain('Sam · assistant');
    fireEvent.change(screen.getByTestId('control-assistant-name'), { target: { value: 'Max' } });
    await click('control-issue-key');
    expect(screen.getByTestId('control-assistant-link').textContent).toMatch(/#control=key-456$/);
    await click('control-revoke-assistant-1');
    expect(server.sent).toEqual([
      { type: 'issueAssistantKey', name: 'Max' },
      { type: 'revokeAssistantKey', keyId: 'assistant-1' },
    ]);
  });

  it('lets a Control member set the name the team sees, kept for the next join', async () => {
    joinWith(
      server,
      makeRunningView(control, { controlRoom: { team: [], assistantKeys: [], lastActedAt: {} } }),
    );
    render(<ControlConsole />);
    fireEvent.change(screen.getByTestId('control-my-name'), { target: { value: '  Lea Berg ' } });
    await click('control-my-name-save');
    // Sent with the control key on every join from now on (the session joins again to use it).
    expect(server.sink().credentials().controlName).toBe('Lea Berg');
    expect(useStore.getState().displayName).toBe('Lea Berg');
  });

  it('offers an assistant only what an assistant may do: no end, roll back, fork or keys', async () => {
    const team = {
      controlRoom: {
        team: [
          { name: 'Lea', role: 'lead' as const },
          { name: 'Sam', role: 'assistant' as const },
        ],
        assistantKeys: [
          { keyId: 'assistant-1', name: 'Sam', issuedAt: '2026-11-23T10:00:00.000Z', revoked: false },
        ],
        lastActedAt: {},
      },
    };
    joinWith(server, makeRunningView(control, team));
    render(<ControlConsole />);
    const leadOnly = ['control-end', 'control-rollback', 'control-fork', 'control-issue-key'];
    // Until the server says otherwise, Control is the lead and sees everything.
    for (const id of leadOnly) expect(screen.getByTestId(id)).toBeTruthy();
    // The server answers that this connection holds an assistant's key.
    act(() => server.sink().controlRole('assistant'));
    for (const id of [...leadOnly, 'control-revoke-assistant-1']) expect(screen.queryByTestId(id)).toBeNull();
    expect(screen.getByTestId('control-lead-only').textContent).toContain('Only the lead facilitator');
    expect(screen.getByTestId('control-team-lead-only')).toBeTruthy();
    // The rest of the console still works for the assistant.
    expect(screen.getByTestId('control-team').textContent).toContain('Sam · assistant');
    await click('control-advance');
    expect(server.sent).toEqual([{ type: 'advancePhase' }]);
    // A lead's connection keeps them all.
    act(() => server.sink().controlRole('lead'));
    for (const id of leadOnly) expect(screen.getByTestId(id)).toBeTruthy();
  });
});

describe("Control's broadcast banner", () => {
  it('shows the latest broadcast to a player until dismissed', async () => {
    const player = makeRunningView({ seatId: 'est', isControl: false });
    joinWith(server, {
      ...player,
      broadcasts: [
        {
          id: 'broadcast-1',
          text: 'Welcome.',
          turn: 1,
          gameTime: player.clock.gameTime,
          at: '2026-11-23T10:00:00.000Z',
        },
      ],
    });
    render(<BroadcastBanner />);
    expect(screen.getByTestId('broadcast-text').textContent).toBe('Welcome.');
    await click('broadcast-dismiss');
    expect(screen.queryByTestId('broadcast-banner')).toBeNull();
    act(() =>
      pushView(server, {
        ...player,
        broadcasts: [
          {
            id: 'broadcast-1',
            text: 'Welcome.',
            turn: 1,
            gameTime: player.clock.gameTime,
            at: '2026-11-23T10:00:00.000Z',
          },
          {
            id: 'broadcast-2',
            text: 'Back in five.',
            turn: 1,
            gameTime: player.clock.gameTime,
            at: '2026-11-23T10:05:00.000Z',
          },
        ],
      }),
    );
    expect(screen.getByTestId('broadcast-text').textContent).toBe('Back in five.');
  });
});
