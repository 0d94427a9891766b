// The replay worker answers from a log it is sent piece by piece, as the main thread would replay it.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { statesOf, viewFor, type GameEvent } from '@council/shared';
import { Replayer } from './replayer';

const golden = JSON.parse(
  readFileSync(new URL('../../../../tests/replays/baltic-vjtf.golden.json', import.meta.url), 'utf8'),
) as { events: GameEvent[] };
const NOBODY = { connectedSeats: new Set<string>(), controlConnections: 0 };
const replayer = new Replayer();
afterAll(() => replayer.stop());

describe('the review replay worker', () => {
  it('answers views from the log sent in pieces, as a replay on the main thread would', async () => {
    const events = golden.events;
    const states = statesOf(events);
    const est = { seatId: 'est', isControl: false };
    const part = events.slice(0, 200);
    const early = await replayer.ask('golden', part, { kind: 'view', seq: 150, actor: est });
    expect(early).toEqual({ kind: 'json', body: JSON.stringify(viewFor(states[150]!, est, NOBODY)) });
    // Then the rest of the log: only the new events are sent, and the answer is the same as a replay.
    const late = await replayer.ask('golden', events, { kind: 'view', seq: events.length - 1, actor: est });
    expect(late).toEqual({
      kind: 'json',
      body: JSON.stringify(viewFor(states[events.length - 1]!, est, NOBODY)),
    });
    const reader = await replayer.ask('golden', events, { kind: 'reader', tokenHash: 'no such hash' });
    expect(reader).toEqual({ kind: 'reader', seatId: null, unlocked: false });
  });

  it('starts again after its worker stops, with the whole log', async () => {
    const events = golden.events;
    await replayer.ask('again', events, { kind: 'reader', tokenHash: 'x' });
    await replayer.stop();
    const answer = await replayer.ask('again', events, {
      kind: 'file',
      name: 'log.json',
      now: '2026-01-01T00:00:00Z',
    });
    expect(answer.kind).toBe('file');
  });
});
