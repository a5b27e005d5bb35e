import { SfLinksError } from '../errors/sf-links-error.js';
import { createRateGate } from './create-rate-gate.js';
import type { HttpResponse, Transport } from './http-types.js';
import { parseRetryAfter } from './retry-after.js';

export interface RetryOptions {
  /**
   * Retries after the first attempt (JIRA_MAX_RETRIES). 0 turns every retry off, including those of
   * 429s met while pacing to Jira's rate limit (which otherwise do not count against this).
   */
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
  /** Clock (tests pass one that their `sleep` advances). */
  now?: () => number;
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

/** The 429 Jira would send now, without asking it: the client already knows the bucket is empty. */
function rateLimitedFor(seconds: number): HttpResponse {
  return {
    status: 429,
    headers: { 'content-type': 'application/json', 'retry-after': String(seconds) },
    body: JSON.stringify({ message: 'Rate limit exceeded.' }),
  };
}

/** Bound on 429s a request may meet while the client paces itself (each waits for a refill). */
const maxPacedRetries = 50;

function isRetryableFailure(error: unknown): boolean {
  return SfLinksError.isInstance(error) && 'reason' in error && error.reason === 'reset';
}

/**
 * Retries idempotent requests on 429/502/503/504 and connection resets. Waits honour Retry-After
 * (within a floor and a cap) or back off exponentially, with jitter so parallel callers spread out.
 * Under Jira's rate limit a gate paces every request of the client to the token bucket (see
 * create-rate-gate.ts); a 429 that the pacing explains waits for the refill without spending one of
 * `maxRetries`, which are kept for failures nobody expected — unless `maxRetries` is 0, which means
 * no retry at all (the pacing of later requests stays).
 */
export function withRetry(transport: Transport, options: RetryOptions): Transport {
  const floorMs = options.floorMs ?? 250;
  const capMs = options.capMs ?? 30_000;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? Date.now;
  const gate = createRateGate({ now, sleep, maxWaitMs: capMs });

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
    let attempt = 0;
    let pacedRetries = 0;
    for (;;) {
      const turn = gate.admit(signal);
      const tooLongSeconds = turn ? await turn : undefined;
      // Jira's bucket will not have a token for this request within the cap: answer as Jira would.
      if (tooLongSeconds !== undefined) return rateLimitedFor(tooLongSeconds);
      const sentAt = now();
      let response: HttpResponse;
      try {
        response = await transport(request, signal);
      } catch (error) {
        if (!request.idempotent || attempt >= options.maxRetries || !isRetryableFailure(error)) throw error;
        await sleep(delayFor(attempt, undefined) ?? floorMs, signal);
        attempt += 1;
        continue;
      }
      if (response.status !== 429) gate.observe(response, sentAt, now());
      if (!request.idempotent || !retryableStatuses.has(response.status)) return response;
      // maxRetries 0 means no retry of any kind, paced 429s included (they used to be retried up
      // to maxPacedRetries times even then).
      const paced =
        options.maxRetries > 0 &&
        response.status === 429 &&
        gate.explains(sentAt) &&
        pacedRetries < maxPacedRetries;
      const delay = delayFor(attempt, response);
      // Later requests still wait for the bucket Jira asked us to wait for: pacing, not retrying.
      if (response.status === 429 && delay !== undefined) gate.pause(response, delay);
      if (!paced && attempt >= options.maxRetries) return response;
      if (delay === undefined) return response;
      if (response.status !== 429) await sleep(delay, signal);
      if (paced) pacedRetries += 1;
      else attempt += 1;
    }
  };
}
