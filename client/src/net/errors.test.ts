import { describe, expect, it } from 'vitest';
import { backoffMs } from './backoff';
import { parseErrorBody, parseJoinError } from './errors';
import { toCommandOutcome } from './reply';

describe('parseJoinError', () => {
  it.each([
    [
      'NO_SUCH_EXERCISE: No exercise has the code QWERTY.',
      'NO_SUCH_EXERCISE',
      'No exercise has the code QWERTY.',
    ],
    ['PROTOCOL_MISMATCH: reload: please', 'PROTOCOL_MISMATCH', 'reload: please'],
    [
      'BAD_CONTROL_KEY: That key does not open this exercise.',
      'BAD_CONTROL_KEY',
      'That key does not open this exercise.',
    ],
  ])('reads the code of %j', (message, code, text) => {
    expect(parseJoinError(new Error(message))).toEqual({ code, message: text });
  });

  it('treats anything else as a network failure', () => {
    expect(parseJoinError(new Error('Failed to fetch')).code).toBe('NETWORK');
    expect(parseJoinError(new Error('NOT_A_CODE: x')).code).toBe('NETWORK');
    expect(parseJoinError(undefined).code).toBe('NETWORK');
  });
});

describe('parseErrorBody', () => {
  it('keeps a server error body', () => {
    expect(parseErrorBody({ code: 'NO_SUCH_EXERCISE', message: 'm' }, 404)).toEqual({
      code: 'NO_SUCH_EXERCISE',
      message: 'm',
    });
  });
  it('maps a foreign 502 to NETWORK', () => {
    expect(parseErrorBody('<html>', 502).code).toBe('NETWORK');
  });
});

describe('toCommandOutcome', () => {
  it('passes a good reply through and rejects a malformed one', () => {
    expect(toCommandOutcome({ ok: true, seatToken: 't' })).toEqual({ ok: true, seatToken: 't' });
    expect(toCommandOutcome({ ok: false, code: 'SEAT_TAKEN', message: 'm' })).toEqual({
      ok: false,
      code: 'SEAT_TAKEN',
      message: 'm',
    });
    expect(toCommandOutcome({ nonsense: 1 })).toMatchObject({ ok: false, code: 'INTERNAL_ERROR' });
    expect(toCommandOutcome(null, new Error('timeout'))).toMatchObject({ ok: false, code: 'NETWORK' });
  });
});

describe('backoffMs', () => {
  it('doubles from about a second up to a ceiling', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 10].map((n) => backoffMs(n, mid))).toEqual([
      1000, 2000, 4000, 8000, 15000, 15000, 15000,
    ]);
    expect(backoffMs(1, () => 0)).toBe(800);
    expect(backoffMs(1, () => 1)).toBe(1200);
  });
});
