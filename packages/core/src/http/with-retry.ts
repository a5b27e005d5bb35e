import { SfLinksError } from '../errors/sf-links-error.js';
import { createBucketPacer } from './create-bucket-pacer.js';
import type { HttpResponse, Transport } from './http-types.js';
import { parseRetryAfter } from './retry-after.js';

export interface RetryOptions {
  /** Retries after the first attempt (JIRA_MAX_RETRIES). */
  maxRetries: number;
  /** Shortest wait, even when Retry-After says 0, so a busy Jira is not hammered. Default 250 ms. */
  floorMs?: number;
  /** Longest wait; a Retry-After beyond it is not waited for (the failure is returned). Default 30 s. */
  capMs?: number;
  /** Base of the exponential backoff when Jira gives no Retry-After. Default 500 ms. */
  baseDelayMs?: number;
  /** Random source for jitter (tests pass a fixed one). */
  random?: () => number;
  sleep?: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
}

const retryableStatuses = new Set([429, 502, 503, 504]);

function abortableSleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** 429s caused by a known empty bucket (sent before the pause was decided) retried without counting. */
const maxFreeRetries = 5;

function isRetryableFailure(error: unknown): boolean {
  return SfLinksError.isInstance(error) && 'reason' in error && error.reason === 'reset';
}

/**
 * Retries idempotent requests on 429/502/503/504 and connection resets. Waits honour Retry-After
 * (within a floor and a cap) or back off exponentially, with jitter so parallel callers spread out.
 * A 429 pauses every request sent through this transport until the wait is over, so a batch slows
 * down together instead of each worker spending its retries against an empty bucket. Better still,
 * a response saying the bucket is empty (`X-RateLimit-Remaining: 0`) pauses every request until the
 * next refill before any 429; requests already in flight then meet a 429 that the pause explains,
 * and they retry after it without spending an attempt.
 */
export function withRetry(transport: Transport, options: RetryOptions): Transport {
  const floorMs = options.floorMs ?? 250;
  const capMs = options.capMs ?? 30_000;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? abortableSleep;
  let pausedUntil = 0;
  /** When the current empty-bucket pause was decided (0: none). */
  let emptyBucketSince = 0;
  const pacer = createBucketPacer();

  function delayFor(attempt: number, response: HttpResponse | undefined): number | undefined {
    const retryAfter = parseRetryAfter(response?.headers['retry-after']);
    const jitter = 1 + random() * 0.2;
    if (retryAfter !== undefined) {
      const wanted = retryAfter * 1000;
      if (wanted > capMs) return undefined;
      return Math.max(floorMs, wanted) * jitter;
    }
    return Math.min(capMs, Math.max(floorMs, baseDelayMs * 2 ** attempt)) * jitter;
  }

  return async (request, signal) => {
    let freeRetries = 0;
    for (let attempt = 0; ; attempt += 1) {
      const waitMs = pausedUntil - Date.now();
      if (waitMs > 0) await sleep(waitMs, signal);
      const canRetry = request.idempotent && attempt < options.maxRetries;
      const sentAt = Date.now();
      let response: HttpResponse;
      try {
        response = await transport(request, signal);
      } catch (error) {
        if (!canRetry || !isRetryableFailure(error)) throw error;
        const delay = delayFor(attempt, undefined) ?? floorMs;
        await sleep(delay, signal);
        continue;
      }
      const now = Date.now();
      if (response.status !== 429) {
        const nextRefill = pacer.observe(response, sentAt, now);
        if (nextRefill !== undefined && nextRefill - now <= capMs && nextRefill > pausedUntil) {
          pausedUntil = nextRefill;
          emptyBucketSince = now;
        }
      } else if (
        request.idempotent &&
        freeRetries < maxFreeRetries &&
        pausedUntil > now &&
        emptyBucketSince >= sentAt
      ) {
        freeRetries += 1;
        attempt -= 1;
        continue;
      }
      if (!canRetry || !retryableStatuses.has(response.status)) return response;
      const delay = delayFor(attempt, response);
      if (delay === undefined) return response;
      if (response.status === 429) pausedUntil = Math.max(pausedUntil, now + delay);
      else await sleep(delay, signal);
    }
  };
}
