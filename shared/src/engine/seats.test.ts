import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import { evolve, initialState, replay, seatForTokenHash } from './evolve';
import { created } from './fixtures';
import type { DecideContext, ExerciseState } from './state';
import type { Command } from './commands';
import { viewFor } from '../visibility/view';

const player = (seatId: string | null = null): DecideContext => ({
  actor: { seatId, isControl: false },
  now: '2026-11-23T10:00:00.000Z',
  newSeatTokenHash: `hash-${seatId ?? 'new'}`,
});
const control: DecideContext = { ...player(), actor: { seatId: null, isControl: true } };

function run(state: ExerciseState, command: Command, ctx: DecideContext): ExerciseState {
  const result = decide(state, command, ctx);
  if (!result.ok) throw new Error(result.error.code);
  return result.value.reduce(evolve, state);
}

describe('seat claims', () => {
  const start = initialState(created);

  it('gives a free seat to the first claimant', () => {
    const state = run(start, { type: 'claimSeat', seatId: 'usa', displayName: 'Ann' }, player());
    expect(state.seats.usa?.displayName).toBe('Ann');
    expect(state.seq).toBe(2);
  });

  it('refuses a second claim of a held seat and changes nothing', () => {
    const held = run(start, { type: 'claimSeat', seatId: 'usa', displayName: 'Ann' }, player());
    const result = decide(held, { type: 'claimSeat', seatId: 'usa', displayName: 'Bob' }, player());
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'SEAT_TAKEN',
        message: 'United States is already held by Ann.',
        params: { reason: 'held', seat: { en: 'United States', fr: 'United States' }, name: 'Ann' },
      },
    });
  });

  it.each([
    [{ type: 'claimSeat', seatId: 'nowhere', displayName: 'X' }, player(), 'NO_SUCH_SEAT'],
    [{ type: 'claimSeat', seatId: 'control', displayName: 'X' }, player(), 'SEAT_RESERVED_FOR_CONTROL'],
    [{ type: 'claimSeat', seatId: 'est', displayName: 'X' }, player('usa'), 'ALREADY_SEATED'],
    [{ type: 'releaseSeat', seatId: 'usa' }, player('est'), 'NOT_YOUR_SEAT'],
    // Control plays no seat, lead or assistant (ADR 0019).
    [{ type: 'claimSeat', seatId: 'est', displayName: 'X' }, control, 'CONTROL_HOLDS_NO_SEAT'],
    [
      { type: 'claimSeat', seatId: 'est', displayName: 'X' },
      { ...control, actor: { seatId: null, isControl: true, controlRole: 'assistant', controlKeyId: 'k1' } },
      'CONTROL_HOLDS_NO_SEAT',
    ],
  ] as const)('refuses %j with %s', (command, ctx, code) => {
    const held = run(start, { type: 'claimSeat', seatId: 'usa', displayName: 'Ann' }, player());
    const result = decide(held, command as Command, ctx);
    expect(result.ok ? 'accepted' : result.error.code).toBe(code);
  });

  it('lets the holder or Control release a seat', () => {
    const held = run(start, { type: 'claimSeat', seatId: 'usa', displayName: 'Ann' }, player());
    expect(run(held, { type: 'releaseSeat', seatId: 'usa' }, player('usa')).seats.usa).toBeUndefined();
    expect(run(held, { type: 'releaseSeat', seatId: 'usa' }, control).seats.usa).toBeUndefined();
  });

  it('finds the seat of a returning token and rebuilds the same state from the log', () => {
    const claim = decide(start, { type: 'claimSeat', seatId: 'est', displayName: 'Eve' }, player());
    if (!claim.ok) throw new Error('claim refused');
    const live = claim.value.reduce(evolve, start);
    expect(seatForTokenHash(live, 'hash-new')).toBe('est');
    expect(replay([created, ...claim.value])).toEqual(live);
  });
});

describe('viewFor', () => {
  it('shows holders by name but never their token hashes', () => {
    const held = run(
      initialState(created),
      { type: 'claimSeat', seatId: 'usa', displayName: 'Ann' },
      player(),
    );
    const view = viewFor(
      held,
      { seatId: 'usa', isControl: false },
      {
        connectedSeats: new Set(['usa']),
        controlConnections: 1,
      },
    );
    expect(view.seats.find((s) => s.id === 'usa')).toMatchObject({
      holder: { displayName: 'Ann' },
      connected: true,
    });
    expect(view.seats.find((s) => s.id === 'control')?.connected).toBe(true);
    expect(JSON.stringify(view)).not.toContain('hash-');
  });
});
