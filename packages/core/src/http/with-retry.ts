import { SfLinksError } from '../errors/sf-links-error.js';
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

function isRetryableFailure(error: unknown): boolean {
  return SfLinksError.isInstance(error) && 'reason' in error && error.reason === 'reset';
}

/**
 * Retries idempotent requests on 429/502/503/504 and connection resets. Waits honour Retry-After
 * (within a floor and a cap) or back off exponentially, with jitter so parallel callers spread out.
 * A 429 pauses every request sent through this transport until the wait is over, so a batch slows
 * down together instead of each worker spending its retries against an empty bucket.
 */
export function withRetry(transport: Transport, options: RetryOptions): Transport {
  const floorMs = options.floorMs ?? 250;
  const capMs = options.capMs ?? 30_000;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? abortableSleep;
  let pausedUntil = 0;

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
    for (let attempt = 0; ; attempt += 1) {
      const waitMs = pausedUntil - Date.now();
      if (waitMs > 0) await sleep(waitMs, signal);
      const canRetry = request.idempotent && attempt < options.maxRetries;
      let response: HttpResponse;
      try {
        response = await transport(request, signal);
      } catch (error) {
        if (!canRetry || !isRetryableFailure(error)) throw error;
        const delay = delayFor(attempt, undefined) ?? floorMs;
        await sleep(delay, signal);
        continue;
      }
      if (!canRetry || !retryableStatuses.has(response.status)) return response;
      const delay = delayFor(attempt, response);
      if (delay === undefined) return response;
      if (response.status === 429) pausedUntil = Math.max(pausedUntil, Date.now() + delay);
      else await sleep(delay, signal);
    }
  };
}
