import { describe, expect, it } from 'vitest';
import { createBucketPacer } from './create-bucket-pacer.js';
import type { HttpResponse } from './http-types.js';

const answer = (remaining: number | undefined, intervalSeconds = 1): HttpResponse => ({
  status: 200,
  headers:
    remaining === undefined
      ? {}
      : {
          'x-ratelimit-remaining': String(remaining),
          'x-ratelimit-interval-seconds': String(intervalSeconds),
        },
  body: '[]',
});

describe('createBucketPacer', () => {
  it('says nothing while tokens remain or when Jira sends no rate-limit headers', () => {
    const pacer = createBucketPacer();
    expect(pacer.observe(answer(undefined), 0, 5)).toBeUndefined();
    expect(pacer.observe(answer(3), 0, 5)).toBeUndefined();
  });

  it('waits until one interval after the earliest answer of the interval that emptied the bucket', () => {
    const pacer = createBucketPacer();
    expect(pacer.observe(answer(2, 10), 1_000, 1_005)).toBeUndefined();
    expect(pacer.observe(answer(1, 10), 1_200, 1_210)).toBeUndefined();
    expect(pacer.observe(answer(0, 10), 1_400, 1_420)).toBe(11_005);
  });

  it('ignores answers to requests sent before the refill, and re-anchors after it', () => {
    const pacer = createBucketPacer();
    expect(pacer.observe(answer(0), 0, 10)).toBe(1_010);
    // Sent before the pause: served in the old interval, whatever it says.
    expect(pacer.observe(answer(5), 5, 20)).toBeUndefined();
    expect(pacer.observe(answer(1), 1_010, 1_012)).toBeUndefined();
    expect(pacer.observe(answer(0), 1_020, 1_030)).toBe(2_012);
  });

  it('notices a refill when Remaining goes up, so an anchor never outlives its interval', () => {
    const pacer = createBucketPacer();
    expect(pacer.observe(answer(1), 0, 10)).toBeUndefined();
    expect(pacer.observe(answer(4), 1_500, 1_510)).toBeUndefined();
    expect(pacer.observe(answer(0), 1_600, 1_610)).toBe(2_510);
  });

  it('falls back to one interval from now when the anchor is older than an interval', () => {
    const pacer = createBucketPacer();
    expect(pacer.observe(answer(1), 0, 10)).toBeUndefined();
    expect(pacer.observe(answer(0), 3_000, 3_010)).toBe(4_010);
  });
});
