import { createBucketPacer } from './create-bucket-pacer.js';
import type { HttpResponse } from './http-types.js';

export interface RateGateOptions {
  /** Longest wait for a turn; past it `admit` gives up and says how long the wait would be. */
  maxWaitMs: number;
  now: () => number;
  sleep: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
}

export interface RateGate {
  /**
   * Undefined when a request may be sent now; otherwise resolves when it may (after any pause,
   * within the current refill's share) — or with the seconds still to wait when that is more than
   * `maxWaitMs`, so a caller is told to come back rather than held. Free requests cost no promise.
   */
  admit(signal?: AbortSignal): Promise<number | undefined> | undefined;
  /** Reads a non-429 answer's rate-limit headers (jira-dc-behaviour.md §15). */
  observe(response: HttpResponse, sentAt: number, receivedAt: number): void;
  /** Jira answered 429 and asked to wait `delayMs`: hold every request that long. */
  pause(response: HttpResponse, delayMs: number): void;
  /** Whether a 429 to a request sent at `sentAt` is the pacing's doing rather than a new failure. */
  explains(sentAt: number): boolean;
}

interface Window {
  /** Requests one refill admits (`X-RateLimit-FillRate`). */
  share: number;
  intervalMs: number;
  admitted: number;
  endsAt: number;
}

function headerNumber(response: HttpResponse, name: string): number | undefined {
  const value = response.headers[name];
  const number = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
  return Number.isFinite(number) && number > 0 ? number : undefined;
}

/**
 * Keeps a client inside Jira's token bucket, so a batch slows down together instead of spending
 * its retries against an empty bucket. Once the bucket is known to be empty (an answer took the
 * last token, or a 429), every request waits for the next refill, and from then on each refill
 * admits only as many requests as it brings (`X-RateLimit-FillRate` per
 * `X-RateLimit-Interval-Seconds`). When a refill's share goes unused, demand is below the limit
 * again and requests flow freely.
 */
export function createRateGate(options: RateGateOptions): RateGate {
  const pacer = createBucketPacer();
  let pausedUntil = 0;
  /** When pacing began; +∞ while requests flow freely. */
  let pacingSince = Number.POSITIVE_INFINITY;
  let window: Window | undefined;

  function startPacing(response: HttpResponse, until: number, decidedAt: number): void {
    pausedUntil = Math.max(pausedUntil, until);
    pacingSince = Math.min(pacingSince, decidedAt);
    const share = headerNumber(response, 'x-ratelimit-fillrate');
    const intervalSeconds = headerNumber(response, 'x-ratelimit-interval-seconds');
    if (share === undefined || intervalSeconds === undefined) return;
    const intervalMs = intervalSeconds * 1000;
    window = { share, intervalMs, admitted: 0, endsAt: pausedUntil + intervalMs };
  }

  async function waitForTurn(signal?: AbortSignal): Promise<number | undefined> {
    const startedAt = options.now();
    for (;;) {
      if (takeTurn()) return undefined;
      const now = options.now();
      const wakeAt = now < pausedUntil || !window ? pausedUntil : window.endsAt;
      if (wakeAt - startedAt > options.maxWaitMs) return Math.ceil((wakeAt - now) / 1000);
      await options.sleep(Math.max(0, wakeAt - now), signal);
    }
  }

  /** Takes a place in the current window if the gate is open; false when the caller must wait. */
  function takeTurn(): boolean {
    const now = options.now();
    if (now < pausedUntil) return false;
    if (!window) return true;
    if (now >= window.endsAt) {
      if (window.admitted < window.share) {
        // The last refill was not used up: demand is below the limit again.
        window = undefined;
        pacingSince = Number.POSITIVE_INFINITY;
        return true;
      }
      // Stay on Jira's refill times: the next window starts where the last one ended.
      const missed = Math.floor((now - window.endsAt) / window.intervalMs);
      window = { ...window, admitted: 0, endsAt: window.endsAt + (missed + 1) * window.intervalMs };
    }
    if (window.admitted >= window.share) return false;
    window.admitted += 1;
    return true;
  }

  return {
    admit(signal) {
      return takeTurn() ? undefined : waitForTurn(signal);
    },
    observe(response, sentAt, receivedAt) {
      const nextRefill = pacer.observe(response, sentAt, receivedAt);
      if (nextRefill !== undefined && nextRefill > pausedUntil) startPacing(response, nextRefill, receivedAt);
    },
    pause(response, delayMs) {
      const now = options.now();
      startPacing(response, now + delayMs, now);
    },
    explains(sentAt) {
      return window !== undefined || (sentAt <= pacingSince && pacingSince !== Number.POSITIVE_INFINITY);
    },
  };
}
