import { type PassThrough, startPassThrough } from '@sf-links/fake-jira/testing';

/**
 * A pass-through in front of the fake Jira that never answers requests whose path contains one of
 * `stalled` (the fake's `stall` scenario stalls every request; this stalls some issues only).
 */
export function startStallingProxy(targetBaseUrl: string, stalled: readonly string[]): Promise<PassThrough> {
  return startPassThrough(targetBaseUrl, {
    intercept: (incoming) => stalled.some((marker) => incoming.url?.includes(marker)),
  });
}
