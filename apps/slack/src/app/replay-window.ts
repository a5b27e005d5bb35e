/** Slack's documented tolerance for `X-Slack-Request-Timestamp`, applied both ways. */
export const replayWindowSeconds = 300;

/**
 * Whether a request timestamp (unix seconds, as sent) is within the window around now. Bolt only
 * refuses old timestamps; a future one would let a captured request be replayed later, so both count.
 */
export function isWithinReplayWindow(
  header: string | string[] | undefined,
  nowMilliseconds = Date.now(),
): boolean {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !/^\d{1,12}$/.test(value.trim())) return false;
  const skew = Number(value) - Math.floor(nowMilliseconds / 1000);
  return Math.abs(skew) <= replayWindowSeconds;
}
