// Limits on the HTTP API's expensive requests, per client address and per kind of request (creating
// an exercise, the review's reads, forking, comparing runs): past the limit the answer is 429
// RATE_LIMITED with a Retry-After, before any body is parsed or anything is read from the store.
import type { NextFunction, Request, Response } from 'express';
import type { ErrorBody } from '@council/shared';
import { TokenBucket, type RateLimit } from '../rooms/rateLimit';

/** Addresses tracked at most per kind; beyond this, the ones idle long enough to be full again go. */
const TRACKED_ADDRESSES = 10_000;

export type LimitedRequest = 'create' | 'review' | 'fork' | 'compare';

export class HttpLimiter {
  private readonly buckets = new Map<string, { bucket: TokenBucket; seenAt: number }>();

  constructor(
    private readonly limit: () => RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Express middleware counting requests of one kind per client address. */
  guard(kind: LimitedRequest) {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (this.take(`${kind} ${req.ip ?? req.socket.remoteAddress ?? ''}`)) return next();
      const limit = this.limit();
      const body: ErrorBody = {
        code: 'RATE_LIMITED',
        message: 'Too many requests of this kind from your address; wait a moment and try again.',
      };
      res
        .status(429)
        .set('Retry-After', String(Math.max(1, Math.ceil(1 / limit.perSecond))))
        .json(body);
    };
  }

  private take(key: string): boolean {
    const now = this.now();
    let entry = this.buckets.get(key);
    if (!entry) {
      if (this.buckets.size >= TRACKED_ADDRESSES) this.forgetIdle(now);
      entry = { bucket: new TokenBucket(this.limit(), now), seenAt: now };
      this.buckets.set(key, entry);
    }
    entry.seenAt = now;
    return entry.bucket.take(now);
  }

  /** A bucket idle for burst / perSecond seconds is full: forgetting it changes nothing. */
  private forgetIdle(now: number): void {
    const { burst, perSecond } = this.limit();
    const idleMs = (burst / perSecond) * 1000;
    for (const [key, entry] of this.buckets) if (now - entry.seenAt >= idleMs) this.buckets.delete(key);
  }
}
