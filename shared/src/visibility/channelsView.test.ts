import { describe, expect, it } from 'vitest';
import { decide } from '../engine/decide';
import { initialState } from '../engine/evolve';
import { created, testScenario } from '../engine/fixtures';
import { advanceTo, ctxFor, run, seat } from '../engine/harness';
import { actorFor } from '../engine/legal';
import type { Actor, ExerciseState } from '../engine/state';
import type { MessageTemplate } from '../model/channels';
import { viewFor } from './view';

const presence = { connectedSeats: new Set<string>(), controlConnections: 1 };
const json = (s: ExerciseState, actor: Actor) => JSON.stringify(viewFor(s, actor, presence));
const ofSeat = (s: ExerciseState, seatId: string) => json(s, actorFor(s, seatId));
const post = (
  s: ExerciseState,
  seatId: string,
  channelId: string,
  body: string,
  template: MessageTemplate = 'freeText',
) => run(s, seatId, { type: 'postMessage', channelId, template, body });

/** A canary in every kind of channel: a private group's name and body, plenary, military, one seat's line to Control. */
function talkative(): ExerciseState {
  let s = seat(
    run(initialState(created), 'control', { type: 'startExercise' }),
    'usa',
    'est',
    'deu',
    'secgen',
  );
  s = advanceTo(s, 'consultation');
  s = run(s, 'usa', { type: 'openChannel', members: ['usa', 'est'], name: 'CANARY-group-name' });
  s = post(s, 'usa', 'ch1', 'CANARY-group-body');
  s = post(s, 'est', 'nac', 'CANARY-plenary');
  s = post(s, 'saceur', 'military', 'CANARY-military');
  s = post(s, 'deu', 'control:deu', 'CANARY-control-deu');
  s = post(s, 'usa', 'public', 'PUBLIC-statement', 'statement');
  return s;
}

const state = talkative();
const everyone = testScenario.seats.map((s) => s.id);
/** Who may read each canary (Control reads all of them). */
const readers: Record<string, readonly string[]> = {
  'CANARY-group-name': ['usa', 'est'],
  'CANARY-group-body': ['usa', 'est'],
  'CANARY-plenary': ['secgen', 'usa', 'est', 'deu'],
  'CANARY-military': ['secgen', 'saceur'],
  'CANARY-control-deu': ['deu'],
  'PUBLIC-statement': everyone,
};

describe('channel secrecy', () => {
  it.each(everyone)('the view of %s holds exactly the channels it may read', (seatId) => {
    const view = ofSeat(state, seatId);
    for (const [canary, who] of Object.entries(readers)) {
      const may = seatId === 'control' || who.includes(seatId);
      expect(view.includes(canary), `${seatId} reading ${canary}`).toBe(may);
    }
  });

  it('shows a private channel and its member list to members only', () => {
    const ids = (seatId: string) =>
      viewFor(state, actorFor(state, seatId), presence).channels.channels.map((c) => c.id);
    for (const seatId of everyone) {
      expect(ids(seatId).includes('ch1'), seatId).toBe(['usa', 'est', 'control'].includes(seatId));
    }
    expect(ids('red')).toEqual(['public', 'control:red']);
    expect(ids('observer')).toEqual(['public', 'control:observer']);
  });

  it('gives a connection without a seat the public statements only', () => {
    const view = viewFor(state, { seatId: null, isControl: false }, presence).channels;
    expect(view.channels.map((c) => c.id)).toEqual(['public']);
    expect(view.channels[0]?.canPost).toBe(false);
  });

  it('names no private channel in a refusal to a non-member', () => {
    const r = decide(
      state,
      { type: 'postMessage', channelId: 'ch1', template: 'freeText', body: 'hi' },
      ctxFor(state, 'deu'),
    );
    expect(r.ok ? 'accepted' : r.error.code).toBe('NOT_IN_CHANNEL');
    expect(JSON.stringify(r)).not.toContain('CANARY');
    const read = decide(
      state,
      { type: 'markRead', channelId: 'ch1', messageId: 'ch1.1' },
      ctxFor(state, 'deu'),
    );
    expect(read.ok ? 'accepted' : read.error.code).toBe('NOT_IN_CHANNEL');
  });

  it('opens every channel to observers, read-only, once Control allows it', () => {
    const open = run(state, 'control', { type: 'setObserverAccess', access: 'all' });
    const view = ofSeat(open, 'observer');
    for (const canary of Object.keys(readers)) expect(view).toContain(canary);
    const channels = viewFor(open, actorFor(open, 'observer'), presence).channels.channels;
    expect(channels.filter((c) => c.canPost).map((c) => c.id)).toEqual(['control:observer']);
    const closed = run(open, 'control', { type: 'setObserverAccess', access: 'public' });
    expect(ofSeat(closed, 'observer')).not.toContain('CANARY-group-body');
    expect(ofSeat(open, 'red')).not.toContain('CANARY-group-body');
  });

  it('tells only Control what observers may read', () => {
    expect(viewFor(state, actorFor(state, 'control'), presence).channels.observerAccess).toBe('public');
    expect(viewFor(state, actorFor(state, 'usa'), presence).channels).not.toHaveProperty('observerAccess');
  });
});
