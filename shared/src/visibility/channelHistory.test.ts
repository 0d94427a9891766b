import { describe, expect, it } from 'vitest';
import { initialState } from '../engine/evolve';
import { created } from '../engine/fixtures';
import { advanceTo, run, seat } from '../engine/harness';
import { actorFor } from '../engine/legal';
import type { ExerciseState } from '../engine/state';
import { channelHistory } from './channelHistory';
import { HISTORY_PAGE, windowStart } from './channelsView';
import { diffView } from './patch';
import { ViewMemo } from './cache/viewMemo';
import { cachedViewFor } from './cache/cachedView';
import { viewFor } from './view';

const presence = { connectedSeats: new Set<string>(), controlConnections: 1 };

function started(): ExerciseState {
  const s = seat(
    run(initialState(created), 'control', { type: 'startExercise' }),
    'usa',
    'est',
    'deu',
    'secgen',
  );
  return advanceTo(s, 'consultation');
}

const post = (s: ExerciseState, i: number) =>
  run(s, i % 2 ? 'usa' : 'est', {
    type: 'postMessage',
    channelId: 'nac',
    template: 'freeText',
    body: `Line ${i}`,
  });

function debate(posts: number): ExerciseState {
  let s = started();
  for (let i = 1; i <= posts; i++) s = post(s, i);
  return s;
}

const nacOf = (s: ExerciseState, seatId: string) =>
  viewFor(s, actorFor(s, seatId), presence).channels.channels.find((c) => c.id === 'nac')!;

describe("a channel's window of recent messages", () => {
  it.each([
    [0, 0],
    [99, 0],
    [150, 0],
    [199, 0],
    [200, 100],
    [299, 100],
    [300, 200],
    [10_000, 9_900],
  ])('a history of %i messages starts its window at %i', (length, start) => {
    expect(windowStart(length)).toBe(start);
    const shown = length - start;
    expect(shown).toBeLessThanOrEqual(2 * HISTORY_PAGE);
    expect(shown === length || shown >= HISTORY_PAGE).toBe(true);
  });

  it('the view holds the window, says how many came before, and a post is an append to it', () => {
    const s = debate(250);
    const nac = nacOf(s, 'deu');
    expect(nac.earlier).toBe(100);
    expect(nac.messages).toHaveLength(150);
    expect(nac.messages[0]!.body).toBe('Line 101');
    // Unread counts still cover the whole history, not only the window.
    expect(nac.unread).toBe(250);
    const memo = new ViewMemo();
    const before = cachedViewFor(s, actorFor(s, 'deu'), presence, memo);
    const next = post(s, 251);
    const after = cachedViewFor(next, actorFor(next, 'deu'), presence, memo);
    const ops = diffView(before, after).filter((op) => op.p[0] === 'channels');
    expect(ops.some((op) => 'a' in op && op.a.length === 1)).toBe(true);
    expect(JSON.stringify(ops).length).toBeLessThan(2000);
  });
});

describe('history: older messages, a page at a time', () => {
  const s = debate(340);

  it('pages back from the window to the first message, and the pages and the window make the whole history', () => {
    const reader = actorFor(s, 'deu');
    const nac = nacOf(s, 'deu');
    const pages = [];
    let before = nac.earlier;
    while (before > 0) {
      const reply = channelHistory(s, reader, { channelId: 'nac', before });
      if (!reply.ok) throw new Error(reply.message);
      expect(reply.messages.length).toBeLessThanOrEqual(HISTORY_PAGE);
      expect(reply.earlier + reply.messages.length).toBe(before);
      pages.unshift(...reply.messages);
      before = reply.earlier;
    }
    const whole = [...pages, ...nac.messages].map((m) => m.body);
    expect(whole).toEqual(Array.from({ length: 340 }, (_, i) => `Line ${i + 1}`));
  });

  it('a limit smaller than a page, and a before past the end after a rollback, are served', () => {
    const reader = actorFor(s, 'usa');
    const small = channelHistory(s, reader, { channelId: 'nac', before: 50, limit: 10 });
    expect(small.ok && small.messages.map((m) => m.body)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Line ${41 + i}`),
    );
    const past = channelHistory(s, reader, { channelId: 'nac', before: 9_999 });
    expect(past.ok && past.earlier).toBe(340 - HISTORY_PAGE);
  });

  it.each(['military', 'control:usa', '__proto__', 'constructor', 'toString', 'no-such-channel'])(
    'a channel the reader may not read (or that does not exist), %s, is refused as not there',
    (channelId) => {
      const reply = channelHistory(s, actorFor(s, 'deu'), { channelId, before: 10 });
      expect(reply).toEqual({ ok: false, code: 'NO_SUCH_CHANNEL', message: expect.any(String) });
    },
  );

  it("Control reads every channel's history", () => {
    const reply = channelHistory(s, { seatId: null, isControl: true }, { channelId: 'nac', before: 1 });
    expect(reply.ok && reply.messages.map((m) => m.body)).toEqual(['Line 1']);
  });
});
