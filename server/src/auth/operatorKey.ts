// The operator credential (ADR 0021): when ADMIN_KEY is set, creating, importing and deleting
// exercises need it. The process keeps only a salted scrypt hash of it and compares in constant time.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export const OPERATOR_KEY_HEADER = 'X-Admin-Key';

/** Longest key accepted at all, so a huge header costs nothing to refuse. */
const MAX_KEY_LENGTH = 512;

export interface OperatorKey {
  /** Whether this installation asks for the key (ADMIN_KEY is set). */
  readonly required: boolean;
  /** True when no key is required, or when `candidate` is the key. */
  allows(candidate: string | undefined): boolean;
}

export const OPEN: OperatorKey = { required: false, allows: () => true };

export function operatorKey(secret: string | undefined): OperatorKey {
  if (!secret) return OPEN;
  const salt = randomBytes(16);
  const hash = (key: string) => scryptSync(key, salt, 32);
  const expected = hash(secret);
  return {
    required: true,
    allows: (candidate) =>
      candidate !== undefined &&
      candidate.length > 0 &&
      candidate.length <= MAX_KEY_LENGTH &&
      timingSafeEqual(hash(candidate), expected),
  };
}
