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

/**
 * A clock that only the recorded sleeps move, so waits are exact and the test takes no time. Once
 * every caller has settled (a macrotask later), time jumps to the earliest wake-up.
 */
function fakeTime() {
  let time = 1_000_000;
  const waits: number[] = [];
  const sleepers: Array<{ at: number; wake: () => void }> = [];
  const advance = () => {
    if (sleepers.length === 0) return;
    time = Math.max(time, Math.min(...sleepers.map((sleeper) => sleeper.at)));
    for (const sleeper of sleepers.filter((candidate) => candidate.at <= time)) {
      sleepers.splice(sleepers.indexOf(sleeper), 1);
      sleeper.wake();
    }
  };
  return {
    waits,
    now: () => time,
    sleep: (milliseconds: number) => {
      waits.push(Math.round(milliseconds));
      return new Promise<void>((wake) => {
        sleepers.push({ at: time + milliseconds, wake });
        setImmediate(advance);
      });
    },
  };
}

function retrying(answers: Array<HttpResponse | Error>, maxRetries = 2) {
  const clock = fakeTime();
  const { transport, sent } = scripted(answers);
  const retry = withRetry(transport, { maxRetries, random: () => 0, sleep: clock.sleep, now: clock.now });
  return { retry, sent, waits: clock.waits };
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
    expect(waits).toEqual([1000]);
  });

  it('after the bucket emptied, each refill admits only its share (X-RateLimit-FillRate)', async () => {
    const limits = { 'x-ratelimit-fillrate': '2', 'x-ratelimit-interval-seconds': '1' };
    const clock = fakeTime();
    const sentAt: number[] = [];
    const transport: Transport = async () => {
      sentAt.push(clock.now());
      // The first answer takes the last token; later ones leave the refill's tokens.
      return status(200, { ...limits, 'x-ratelimit-remaining': sentAt.length === 1 ? '0' : '1' });
    };
    const retry = withRetry(transport, { maxRetries: 0, sleep: clock.sleep, now: clock.now });
    await retry(get);
    await Promise.all(Array.from({ length: 5 }, () => retry(get)));
    // Two per refill, one refill a second, starting one second after the bucket emptied.
    expect(sentAt.map((time) => time - 1_000_000)).toEqual([0, 1000, 1000, 2000, 2000, 3000]);
  });

  it('never holds a request longer than the cap for a refill: it answers 429 with the wait at once', async () => {
    const limits = { 'x-ratelimit-fillrate': '1', 'x-ratelimit-interval-seconds': '60' };
    const { retry, sent, waits } = retrying([status(200, { ...limits, 'x-ratelimit-remaining': '0' })]);
    expect((await retry(get)).status).toBe(200);
    const refused = await retry(get);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('60');
    expect(sent).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('a 429 the pacing explains waits for the refill without spending an attempt', async () => {
    const limits = { 'x-ratelimit-fillrate': '1', 'x-ratelimit-interval-seconds': '1' };
    const { retry, sent } = retrying(
      [
        status(429, { ...limits, 'retry-after': '1' }),
        status(429, { ...limits, 'retry-after': '1' }),
        status(429, { ...limits, 'retry-after': '1' }),
        status(200, limits),
      ],
      1,
    );
    expect((await retry(get)).status).toBe(200);
    expect(sent).toHaveLength(4);
  });

  it('a request in flight when the bucket emptied retries after the pause without spending an attempt', async () => {
    const empty = { 'x-ratelimit-remaining': '0', 'x-ratelimit-interval-seconds': '1' };
    let releaseFirst: (response: HttpResponse) => void = () => {};
    const answers: Array<Promise<HttpResponse>> = [
      new Promise((resolve) => {
        releaseFirst = resolve;
      }),
      Promise.resolve(status(200, empty)),
      // The paced retry meets a 503: the one retry allowed is still there for it.
      Promise.resolve(status(503)),
      Promise.resolve(status(200)),
    ];
    const clock = fakeTime();
    const waits = clock.waits;
    const retry = withRetry(() => answers.shift() ?? Promise.reject(new Error('no more answers')), {
      maxRetries: 1,
      random: () => 0,
      sleep: clock.sleep,
      now: clock.now,
    });
    const inFlight = retry(get);
    expect((await retry(get)).status).toBe(200);
    releaseFirst(status(429, { ...empty, 'retry-after': '1' }));
    expect((await inFlight).status).toBe(200);
    expect(answers).toHaveLength(0);
    expect(waits).toEqual([1000, 500]);
  });

  it('maxRetries 0 retries nothing, not even a 429 the pacing explains; later requests still wait', async () => {
    // Regression: with JIRA_MAX_RETRIES=0 a paced 429 was still retried, up to 50 times.
    const empty = { 'x-ratelimit-remaining': '0', 'x-ratelimit-interval-seconds': '1' };
    let releaseFirst: (response: HttpResponse) => void = () => {};
    const answers: Array<Promise<HttpResponse>> = [
      new Promise((resolve) => {
        releaseFirst = resolve;
      }),
      Promise.resolve(status(200, empty)),
      Promise.resolve(status(200)),
    ];
    const clock = fakeTime();
    let sent = 0;
    const retry = withRetry(
      () => {
        sent += 1;
        return answers.shift() ?? Promise.reject(new Error('no more answers'));
      },
      { maxRetries: 0, random: () => 0, sleep: clock.sleep, now: clock.now },
    );
    const inFlight = retry(get);
    expect((await retry(get)).status).toBe(200);
    releaseFirst(status(429, { ...empty, 'retry-after': '1' }));
    expect((await inFlight).status).toBe(429);
    expect(sent).toBe(2);
    // Pacing is not retrying: the next request waits for the refill, then goes.
    expect((await retry(get)).status).toBe(200);
    expect(sent).toBe(3);
    expect(clock.waits).toEqual([1000]);
  });

  it('maxRetries 0 retries no 429, 502, 503, 504 or reset at all', async () => {
    for (const answer of [
      status(429, { 'retry-after': '1' }),
      status(502),
      status(503),
      status(504),
      new ConnectionError({ reason: 'reset', detail: 'reset' }),
    ]) {
      const { retry, sent } = retrying([answer, status(200)], 0);
      const outcome = await retry(get).then(
        (response) => response.status,
        (error: unknown) => error,
      );
      expect(outcome).toBe(answer instanceof Error ? answer : answer.status);
      expect(sent).toHaveLength(1);
    }
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
