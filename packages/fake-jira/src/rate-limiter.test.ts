import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('starts full, refuses when empty and refills in whole batches per interval', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ capacity: 3, fillRate: 2, intervalSeconds: 10 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('demo').remaining)).toEqual([2, 1, 0]);
    expect(limiter.take('demo')).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 10 });
    now += 9_500;
    expect(limiter.take('demo')).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    now += 500;
    expect(limiter.take('demo')).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
    now += 60_000;
    expect(limiter.take('demo').remaining).toBe(2);
  });

  it('keeps one bucket per user', () => {
    const limiter = new RateLimiter({ capacity: 1, fillRate: 1, intervalSeconds: 1 }, () => 0);
    expect(limiter.take('demo').allowed).toBe(true);
    expect(limiter.take('demo').allowed).toBe(false);
    expect(limiter.take('other').allowed).toBe(true);
  });
});
