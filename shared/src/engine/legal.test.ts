import { describe, expect, it } from 'vitest';
import { initialState } from './evolve';
import { created } from './fixtures';
import { advanceTo, run, seat } from './harness';
import { legalCommands } from './legal';
import type { ExerciseState } from './state';

const types = (state: ExerciseState, seatId: string) =>
  [...new Set(legalCommands(state, seatId).map((c) => c.type))].sort();
const lobby = seat(initialState(created), 'usa', 'secgen', 'red');
const consulting = advanceTo(run(lobby, 'control', { type: 'startExercise' }), 'consultation');
const tabled = run(consulting, 'secgen', { type: 'tableDraft', itemIds: ['article-4'] });
const deciding = advanceTo(tabled, 'decision');

describe('legalCommands', () => {
  it.each([
    [
      'Control in the lobby',
      lobby,
      'control',
      [
        'assignSeat',
        'broadcast',
        'handSeatToBot',
        'issueAssistantKey',
        'setObserverAccess',
        'startExercise',
        'swapSeats',
        'tagMoment',
        'unlockReview',
      ],
    ],
    ['an ally in the lobby', lobby, 'usa', []],
    ['the chair in consultation', consulting, 'secgen', ['openChannel', 'postMessage', 'tableDraft']],
    ['an ally in consultation', consulting, 'usa', ['openChannel', 'postMessage', 'requestItem']],
    [
      'an ally with a draft on the table',
      tabled,
      'usa',
      ['openChannel', 'postMessage', 'requestItem', 'takePosition'],
    ],
    [
      'the chair with a draft on the table',
      tabled,
      'secgen',
      ['amendDraft', 'openChannel', 'placeUnderSilence', 'postMessage', 'tableDraft', 'withdrawDraft'],
    ],
    // Red has nobody to open a channel with: the test scenario allows no back-channel.
    ['Red in consultation', consulting, 'red', ['postMessage']],
    ['Red in the decision phase', deciding, 'red', ['postMessage', 'submitMoves']],
    [
      'SACEUR, unseated, in the decision phase',
      deciding,
      'saceur',
      ['openChannel', 'postMessage', 'requestItem'],
    ],
    ['an observer', consulting, 'observer', ['postMessage', 'tagMoment']],
  ] as const)('%s may %j', (_who, state, seatId, expected) => {
    expect(types(state, seatId)).toEqual([...expected].sort());
  });

  it('offers Control the console while the game runs, and the chair’s commands only while its seat is free', () => {
    expect(types(tabled, 'control')).toEqual(
      [
        'advancePhase',
        'assignSeat',
        'broadcast',
        'endExercise',
        'extendPhase',
        'fireInject',
        'handSeatToBot',
        'injectAdHoc',
        'issueAssistantKey',
        'overrideResult',
        'pauseExercise',
        'postMessage',
        'repeatPhase',
        'setHotwash',
        'setObserverAccess',
        'setPhaseTimer',
        'setTurnStep',
        'swapSeats',
        'tagMoment',
        'unlockReview',
      ].sort(),
    );
    const chairFree = run(tabled, 'control', { type: 'releaseSeat', seatId: 'secgen' });
    const chairs = ['amendDraft', 'placeUnderSilence', 'tableDraft', 'withdrawDraft'];
    expect(types(chairFree, 'control').filter((t) => chairs.includes(t))).toEqual(chairs);
  });

  it('offers every position with the text it needs, and none once the delegation has spoken… unless it changes its mind', () => {
    const positions = legalCommands(tabled, 'usa').filter((c) => c.type === 'takePosition');
    expect(positions.map((c) => (c.type === 'takePosition' ? c.position : ''))).toEqual([
      'support',
      'supportWithReservation',
      'requestAmendment',
      'object',
    ]);
    expect(
      positions.every(
        (c) => c.type !== 'takePosition' || c.position === 'support' || (c.text ?? '').length > 0,
      ),
    ).toBe(true);
  });
});
