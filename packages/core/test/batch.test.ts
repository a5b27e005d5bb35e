import { describe, expect, it } from 'vitest';
import { clientFor, fakeJira } from './with-fake.js';

describe('lookupMany', () => {
  it('keeps input order and never exceeds its concurrency', async () => {
    const fake = await fakeJira({ latencyMs: 100 });
    const issues = Array.from({ length: 12 }, (_, index) => `SUP-${42 + (index % 3)}`);
    const started = Date.now();
    const results = await clientFor(fake).lookupMany(issues, { concurrency: 3 });
    expect(results.map((result) => result.issue)).toEqual(issues);
    expect(fake.requests).toHaveLength(12);
    // 12 requests of 100 ms, 3 at a time, cannot finish in under 4 rounds (a lower bound only).
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
  });

  it('slows down together under a rate limit: no failure, every issue answered', async () => {
    const fake = await fakeJira({ rateLimit: { capacity: 4, fillRate: 4, intervalSeconds: 1 } });
    const issues = Array.from({ length: 10 }, () => 'SUP-42');
    const results = await clientFor(fake, { maxRetries: 5 }).lookupMany(issues, { concurrency: 4 });
    expect(results.filter((result) => 'error' in result)).toEqual([]);
    const rejected = fake.requests.length - issues.length;
    // Workers pause together after a 429 instead of each burning its retries.
    expect(rejected).toBeLessThanOrEqual(8);
  });
});
