import type { RateLimitSettings } from './fake-jira-switches.js';

/** The outcome of taking one token. */
export interface RateLimitDecision {
  allowed: boolean;
  /** Tokens left after this request. */
  remaining: number;
  /** Seconds until the next batch of tokens when refused; 0 when allowed. */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  /** Start of the current interval, in milliseconds. */
  intervalStart: number;
}

/** Jira's token bucket per user: starts full, refilled by whole batches once per interval. */
export class RateLimiter {
  readonly #settings: RateLimitSettings;
  readonly #now: () => number;
  readonly #buckets = new Map<string, Bucket>();

  constructor(settings: RateLimitSettings, now: () => number = Date.now) {
    this.#settings = settings;
    this.#now = now;
  }

  get settings(): RateLimitSettings {
    return this.#settings;
  }

  /** Takes one token for a user. */
  take(user: string): RateLimitDecision {
    const now = this.#now();
    const { capacity, fillRate, intervalSeconds } = this.#settings;
    const intervalMs = Math.max(1, intervalSeconds * 1000);
    let bucket = this.#buckets.get(user);
    if (!bucket) {
      bucket = { tokens: capacity, intervalStart: now };
      this.#buckets.set(user, bucket);
    }
    const intervals = Math.floor((now - bucket.intervalStart) / intervalMs);
    if (intervals > 0) {
      bucket.tokens = Math.min(capacity, bucket.tokens + intervals * fillRate);
      bucket.intervalStart += intervals * intervalMs;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: bucket.tokens, retryAfterSeconds: 0 };
    }
    const waitMs = bucket.intervalStart + intervalMs - now;
    return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }
}
