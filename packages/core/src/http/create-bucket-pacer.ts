import type { HttpResponse } from './http-types.js';

export interface BucketPacer {
  /**
   * Reads a non-429 response's rate-limit headers. When it took the bucket's last token, returns the
   * time (ms since the epoch) until which no request should be sent; otherwise undefined.
   */
  observe(response: HttpResponse, sentAt: number, receivedAt: number): number | undefined;
}

function headerNumber(response: HttpResponse, name: string): number | undefined {
  const value = response.headers[name];
  if (value === undefined || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/**
 * Paces requests to Jira's token bucket (jira-dc-behaviour.md §15) from the headers every response
 * carries, so a batch waits for the next refill instead of running into 429s.
 *
 * Jira refills whole batches once per interval. Every response was served inside the current
 * interval, so the interval began before the earliest response received in it (the anchor), and
 * the next refill comes at most one interval after the anchor. Anchoring on the earliest response
 * rather than on the one that emptied the bucket keeps a long batch from drifting one burst per
 * interval behind the refills. A refill is noticed when Remaining goes up, or assumed after a pause;
 * only requests sent after the pause count, since older ones may have been served before the refill.
 */
export function createBucketPacer(): BucketPacer {
  let anchor: number | undefined;
  let lastRemaining: number | undefined;
  /** Requests sent before this time may belong to an interval already over. */
  let epochStart = 0;

  return {
    observe(response, sentAt, receivedAt) {
      const remaining = headerNumber(response, 'x-ratelimit-remaining');
      const intervalSeconds = headerNumber(response, 'x-ratelimit-interval-seconds');
      if (remaining === undefined || intervalSeconds === undefined || intervalSeconds <= 0) return undefined;
      if (sentAt < epochStart) return undefined;
      if (anchor === undefined || lastRemaining === undefined || remaining > lastRemaining)
        anchor = receivedAt;
      lastRemaining = remaining;
      if (remaining > 0) return undefined;
      const intervalMs = intervalSeconds * 1000;
      const nextRefill = anchor + intervalMs > receivedAt ? anchor + intervalMs : receivedAt + intervalMs;
      anchor = undefined;
      lastRemaining = undefined;
      epochStart = nextRefill;
      return nextRefill;
    },
  };
}
