import { describe, expect, it } from 'vitest';
import { initialState } from '../engine/evolve';
import { created, testScenario } from '../engine/fixtures';
import { actorFor } from '../engine/legal';
import { advanceTo, run, seat } from '../engine/harness';
import type { ExerciseState } from '../engine/state';
import { viewFor, type ExerciseView } from './view';
import { cachedViewFor, sameBeyondSeq } from './cache/cachedView';
import { ViewMemo } from './cache/viewMemo';

const presence = { connectedSeats: new Set<string>(), controlConnections: 1 };
const view = (state: ExerciseState, seatId: string): ExerciseView =>
  viewFor(state, actorFor(state, seatId), presence);

/** A game in play: a draft with positions, silence broken once, both injects of turn 2 fired. */
function midGame(): ExerciseState {
  let s = seat(run(initialState(created), 'control', { type: 'startExercise' }), 'usa', 'est', 'secgen');
  s = advanceTo(s, 'consultation');
  s = run(s, 'secgen', { type: 'tableDraft', itemIds: ['deploy-vjtf'] });
  s = run(s, 'usa', {
    type: 'takePosition',
    draftId: 'd1',
    position: 'supportWithReservation',
    text: 'Only with a review.',
  });
  s = advanceTo(advanceTo(s, 'adjudication'), 'consultation');
  return s;
}

const state = midGame();
const allSeats = testScenario.seats.map((s) => s.id);
const allies = testScenario.allies.map((a) => a.id);

describe('secrets', () => {
  it.each(allSeats)('the view of %s holds no other ally’s secrets', (seatId) => {
    const json = JSON.stringify(view(state, seatId));
    const isControl = seatId === 'control';
    for (const ally of allies) {
      const mayRead = isControl || ally === seatId;
      for (const canary of [`CANARY-${ally}-redline`, `CANARY-${ally}-intel`, `CANARY-${ally}-domestic`]) {
        expect(json.includes(canary), `${seatId} reading ${canary}`).toBe(mayRead);
      }
    }
  });

  it('shows an ally seat its own dossier, and Control every dossier', () => {
    expect(view(state, 'est').own?.secret.redLines).toEqual([
      { en: 'CANARY-est-redline', fr: 'CANARY-est-redline' },
    ]);
    expect(view(state, 'secgen').own).toBeNull();
    expect(view(state, 'usa').dossiers).toEqual([]);
    expect(view(state, 'control').dossiers.map((d) => d.allyId)).toEqual(allies);
  });

  it('keeps a targeted inject to its audience and Control', () => {
    const readers = allSeats.filter((id) => JSON.stringify(view(state, id)).includes('CANARY-inject-est'));
    expect(readers.sort()).toEqual(['control', 'est']);
  });
});

describe('the Council as each seat sees it', () => {
  it('shows positions to every Council seat once taken, dice only to Control', () => {
    for (const seatId of ['usa', 'est', 'deu', 'secgen', 'saceur', 'observer']) {
      const d1 = view(state, seatId).council?.drafts.find((d) => d.id === 'd1');
      const usa = d1?.allies.find((a) => a.allyId === 'usa');
      expect(usa?.position).toMatchObject({
        position: 'supportWithReservation',
        text: 'Only with a review.',
        source: 'delegation',
      });
      expect(JSON.stringify(d1)).not.toContain('"roll"');
      expect(JSON.stringify(d1)).not.toContain('reviewAt');
    }
    const control = view(state, 'control').council?.drafts.find((d) => d.id === 'd1');
    const hun = control?.allies.find((a) => a.allyId === 'hun');
    expect(hun?.roll).not.toBeNull();
    expect(hun).toHaveProperty('reviewAt');
  });

  it('tells a delegation when its own instructions arrive, and only its own', () => {
    const d1 = view(state, 'est').council?.drafts.find((d) => d.id === 'd1');
    expect(d1?.allies.find((a) => a.allyId === 'est')?.instructionsAt).toMatch(/^2027-03-01T/);
    expect(d1?.allies.find((a) => a.allyId === 'usa')).not.toHaveProperty('instructionsAt');
    expect(d1?.allies.find((a) => a.allyId === 'usa')?.status).toBe('positioned');
  });

  it('gives Red the public picture only: no Council, no alliance measures beyond the escalation rung', () => {
    const red = view(state, 'red');
    expect(red.council).toBeNull();
    expect(red.flags).toBeNull();
    expect(Object.keys(red.measures)).toEqual(['escalationRung']);
    expect(red.injects.map((i) => i.id)).toEqual(['drones']);
    expect(red.picture.escalationRung).toBe(state.measures.escalationRung);
  });

  it('announces adopted public decisions to everyone and keeps secret ones off the public picture', () => {
    let s = advanceTo(state, 'consultation');
    s = run(s, 'secgen', { type: 'tableDraft', itemIds: ['secret-plan'], silenceHours: 2 });
    s = run(s, 'secgen', { type: 'tableDraft', itemIds: ['article-4'], silenceHours: 2 });
    s = advanceTo(advanceTo(s, 'adjudication'), 'consultation');
    expect(s.council.agenda['secret-plan']?.adoptedAt).not.toBeNull();
    expect(view(s, 'red').picture.decisions.map((d) => d.itemId)).toEqual(['article-4']);
  });

  it('lists unfired injects for Control only, with their audiences', () => {
    const control = view(state, 'control').injects;
    expect(control.find((i) => i.id === 'late')).toMatchObject({ fired: false, audience: 'public' });
    expect(view(state, 'usa').injects.some((i) => i.id === 'late')).toBe(false);
    expect(view(state, 'usa').injects[0]).not.toHaveProperty('audience');
  });

  it('shows both clocks and who is waited on', () => {
    const v = view(advanceTo(state, 'decision'), 'observer');
    expect(v.clock).toMatchObject({ phase: 'decision', turn: 2, gameTimeLabel: 'D+0 18:00', stepHours: 12 });
    expect(v.waitingOn).toEqual(['secgen', 'usa', 'est']);
  });
});

describe('a kept view', () => {
  it('moves only its seq when a change passes the viewer by, and is rebuilt when one reaches it', () => {
    const memo = new ViewMemo();
    const seen = (s: ExerciseState, seatId: string) => cachedViewFor(s, actorFor(s, seatId), presence, memo);
    // Estonia and Germany talk in private: the United States' view is kept as it was.
    let s = run(state, 'est', { type: 'openChannel', members: ['est', 'deu'], name: 'Two of us' });
    const channelId = s.channels.order.at(-1)!;
    const before = { est: seen(s, 'est'), usa: seen(s, 'usa'), control: seen(s, 'control') };
    s = run(s, 'est', { type: 'postMessage', channelId, template: 'freeText', body: 'Between us.' });
    const after = { est: seen(s, 'est'), usa: seen(s, 'usa'), control: seen(s, 'control') };
    expect(after.usa.seq).toBe(s.seq);
    expect(sameBeyondSeq(before.usa, after.usa)).toBe(true);
    expect({ ...after.usa, seq: 0 }).toEqual({ ...viewFor(s, actorFor(s, 'usa'), presence), seq: 0 });
    for (const seatId of ['est', 'control'] as const) {
      expect(sameBeyondSeq(before[seatId], after[seatId]), seatId).toBe(false);
      expect(after[seatId]).toEqual(viewFor(s, actorFor(s, seatId), presence));
    }
  });
});
