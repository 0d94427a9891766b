// Control keys, seat tokens and join codes: random, unguessable, and stored only as hashes.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@council/shared';

/** 128 random bits, URL-safe. */
export const newSecret = (): string => randomBytes(16).toString('base64url');

export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

export function secretMatches(secret: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A short code people can read aloud: no 0/O or 1/I to confuse. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

export const newExerciseId = (): string => `ex_${randomBytes(9).toString('base64url')}`;

/** Seed of an exercise's PRNG: drawn once at creation and kept in the log, so replays repeat it. */
export const newSeed = (): number => randomBytes(4).readUInt32BE(0);
