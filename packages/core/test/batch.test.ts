import type { IssueResult } from '@sf-links/core';
import { createNodeClient } from '@sf-links/core/node';
import { createLargeIssues } from '@sf-links/fake-jira';
import { describe, expect, it } from 'vitest';
import { clientFor, fakeJira } from './with-fake.js';

describe('lookupMany', () => {
  it('keeps input order and never exceeds its concurrency', async () => {
    const fake = await fakeJira({ latencyMs: 100 });
    // Distinct issues: lookups of one issue in flight at once would share a request.
    for (const issue of createLargeIssues({ count: 12, links: 1 })) fake.seedIssue(issue);
    const issues = Array.from({ length: 12 }, (_, index) => `BIG-${index + 1}`);
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

describe('lookupMany onSettled', () => {
  it('is called once per input position with the result returned there, duplicates and failures too', async () => {
    const fake = await fakeJira({ latencyMs: 20 });
    const client = clientFor(fake, { maxRetries: 0 });
    // SUP-42 three times (one request, shared), an unknown issue, one that is no issue at all.
    const issues = ['SUP-42', '11816', 'sup-42', 'SUP-999', 'not an issue', ' SUP-42 ', 'SUP-43'];
    const seen: Array<[number, IssueResult]> = [];
    const results = await client.lookupMany(issues, {
      concurrency: 2,
      onSettled: (index, result) => seen.push([index, result]),
    });
    expect(seen.map(([index]) => index).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const [index, result] of seen) expect(result).toBe(results[index]);
    expect(results.map((result) => ('error' in result ? result.error.code : 'ok'))).toEqual([
      'ok',
      'ok',
      'ok',
      'NOT_FOUND',
      'INVALID_INPUT',
      'ok',
      'ok',
    ]);
    // The three SUP-42 shared one request; 11816 (SUP-42 by id) is a key of its own.
    expect(fake.requests).toHaveLength(4);
  });

  it('is called for each batch when two batches share a lookup in flight', async () => {
    const fake = await fakeJira({ latencyMs: 50 });
    const client = clientFor(fake);
    const calls: number[][] = [[], []];
    const [first, second] = await Promise.all(
      calls.map((indexes) =>
        client.lookupMany(['SUP-42', 'SUP-43'], { onSettled: (index) => indexes.push(index) }),
      ),
    );
    expect(fake.requests).toHaveLength(2);
    expect(calls.map((indexes) => indexes.sort())).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(second).toEqual(first);
  });
});

describe('shared lookups through the real stack', () => {
  it('a burst for one issue makes one request; with a TTL a repeat makes none; a write forgets', async () => {
    const fake = await fakeJira({ latencyMs: 50 });
    const client = clientFor(fake);
    const burst = await Promise.all(Array.from({ length: 20 }, () => client.listAssociations('SUP-42')));
    expect(burst.every((associations) => associations[0]?.soid === '500J80000019IF9IAM')).toBe(true);
    expect(fake.requests).toHaveLength(1);
    await client.listAssociations('SUP-42');
    expect(fake.requests).toHaveLength(2);
  });

  it('cacheTtlMs reuses answers until a write', async () => {
    const fake = await fakeJira();
    const client = createNodeClient({
      env: {},
      cacheTtlMs: 60_000,
      overrides: { baseUrl: fake.baseUrl, pat: fake.pat },
    });
    await client.listAssociations('SUP-44');
    await client.listAssociations('SUP-44');
    expect(fake.requests).toHaveLength(1);
    await client.addAssociations('SUP-44', [{ son: 'Account', soid: '001000000000001' }]);
    expect(await client.listAssociations('SUP-44')).toHaveLength(1);
    await client.close();
  });
});

describe('a batch under a small rate limit', () => {
  it('looks 30 issues up through a 5-per-second bucket without one failure', async () => {
    // Seen on real instances: 5 / 5 per 1 s. With 32 lookups in flight, retries alone ran out.
    const fake = await fakeJira({ rateLimit: { capacity: 5, fillRate: 5, intervalSeconds: 1 } });
    for (const issue of createLargeIssues({ count: 30, links: 1 })) fake.seedIssue(issue);
    const issues = Array.from({ length: 30 }, (_, index) => `BIG-${index + 1}`);
    const results = await clientFor(fake).lookupMany(issues);
    expect(results.filter((result) => 'error' in result)).toEqual([]);
    // Pacing, not hammering: far fewer refused requests than the 25 issues beyond the first bucket.
    expect(fake.requests.length - issues.length).toBeLessThan(30);
  }, 20_000);
});
