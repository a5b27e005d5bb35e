import { describe, expect, it } from 'vitest';
import { ConnectionError } from '../errors/connection-error.js';
import type { HttpRequest, HttpResponse, Transport } from './http-types.js';
import { parseRetryAfter } from './retry-after.js';
import { withRetry } from './with-retry.js';

// The transport is the boundary here: a scripted one stands in for the network, and the waits are
// recorded instead of slept, so the policy itself is checked exactly.
function scripted(answers: Array<HttpResponse | Error>) {
  const sent: HttpRequest[] = [];
  const transport: Transport = async (request) => {
    sent.push(request);
    const answer = answers.shift();
    if (!answer) throw new Error('no more answers');
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { transport, sent };
}
const status = (code: number, headers: Record<string, string> = {}): HttpResponse => ({
  status: code,
  headers,
  body: '',
});
const get: HttpRequest = { method: 'GET', url: 'https://j.example.com/x', headers: {}, idempotent: true };
const post: HttpRequest = { ...get, method: 'POST', idempotent: false };

function retrying(answers: Array<HttpResponse | Error>, maxRetries = 2) {
  const waits: number[] = [];
  const { transport, sent } = scripted(answers);
  const retry = withRetry(transport, {
    maxRetries,
    random: () => 0,
    sleep: async (milliseconds) => {
      waits.push(Math.round(milliseconds));
    },
  });
  return { retry, sent, waits };
}

describe('withRetry', () => {
  it('retries 502/503/504 with exponential backoff, then returns the success', async () => {
    const { retry, sent, waits } = retrying([status(502), status(504), status(200)]);
    expect((await retry(get)).status).toBe(200);
    expect(sent).toHaveLength(3);
    expect(waits).toEqual([500, 1000]);
  });

  it('honours Retry-After, with a floor for 0 and without waiting past the cap', async () => {
    const { retry, waits } = retrying([
      status(503, { 'retry-after': '2' }),
      status(503, { 'retry-after': '0' }),
      status(200),
    ]);
    expect((await retry(get)).status).toBe(200);
    expect(waits).toEqual([2000, 250]);
    const capped = retrying([status(429, { 'retry-after': '3600' })]);
    expect((await capped.retry(get)).status).toBe(429);
    expect(capped.sent).toHaveLength(1);
  });

  it('gives the last failure back after maxRetries', async () => {
    const { retry, sent } = retrying([status(503), status(503)], 1);
    expect((await retry(get)).status).toBe(503);
    expect(sent).toHaveLength(2);
  });

  it('never retries a POST, and never retries 4xx other than 429', async () => {
    const write = retrying([status(503)]);
    expect((await write.retry(post)).status).toBe(503);
    expect(write.sent).toHaveLength(1);
    const notFound = retrying([status(404)]);
    expect((await notFound.retry(get)).status).toBe(404);
    expect(notFound.sent).toHaveLength(1);
  });

  it('retries connection resets but not timeouts', async () => {
    const reset = new ConnectionError({ reason: 'reset', detail: 'reset' });
    const resets = retrying([reset, status(200)]);
    expect((await resets.retry(get)).status).toBe(200);
    const timeout = new ConnectionError({ reason: 'timeout', detail: 'slow' });
    const timeouts = retrying([timeout, status(200)]);
    await expect(timeouts.retry(get)).rejects.toBe(timeout);
  });

  it('a 429 pauses every later request through the same transport', async () => {
    const { retry, waits } = retrying([status(429, { 'retry-after': '1' }), status(200), status(200)]);
    await retry(get);
    expect(waits).toEqual([1000]);
  });

  it('an answer that empties the bucket pauses later requests until the refill, before any 429', async () => {
    const empty = { 'x-ratelimit-remaining': '0', 'x-ratelimit-interval-seconds': '1' };
    const { retry, sent, waits } = retrying([status(200, empty), status(200)]);
    await retry(get);
    expect(waits).toEqual([]);
    await retry(get);
    expect(sent).toHaveLength(2);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(900);
    expect(waits[0]).toBeLessThanOrEqual(1000);
  });

  it('a request in flight when the bucket emptied retries after the pause without spending an attempt', async () => {
    const empty = { 'x-ratelimit-remaining': '0', 'x-ratelimit-interval-seconds': '1' };
    let releaseFirst: (response: HttpResponse) => void = () => {};
    const answers: Array<Promise<HttpResponse>> = [
      new Promise((resolve) => {
        releaseFirst = resolve;
      }),
      Promise.resolve(status(200, empty)),
      Promise.resolve(status(200)),
    ];
    const waits: number[] = [];
    const retry = withRetry(() => answers.shift() ?? Promise.reject(new Error('no more answers')), {
      maxRetries: 0,
      sleep: async (milliseconds) => {
        waits.push(milliseconds);
      },
    });
    const inFlight = retry(get);
    expect((await retry(get)).status).toBe(200);
    releaseFirst(status(429, { ...empty, 'retry-after': '1' }));
    expect((await inFlight).status).toBe(200);
    expect(waits).toHaveLength(1);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, ignores garbage', () => {
    expect(parseRetryAfter('7')).toBe(7);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 0)).toBe(10);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});
