/**
 * Stable error codes every surface shows (contract §3). Scripts branch on these strings, so a
 * rename is a breaking change.
 */
export const errorCodes = [
  /** The issue or record the user typed is not in an accepted form. Nothing was sent. */
  'INVALID_INPUT',
  /** Configuration is missing or invalid. Nothing was sent. */
  'CONFIG',
  /** 401, a bad or expired token, or a login page instead of JSON. */
  'UNAUTHORIZED',
  /** 403: no permission, a CAPTCHA lock, or an XSRF refusal. */
  'FORBIDDEN',
  /** The issue does not exist or the user cannot see it. */
  'NOT_FOUND',
  /** The add-on's endpoint is missing, disabled or unlicensed. */
  'ADDON_UNAVAILABLE',
  /** Jira kept answering 429 after the retries. */
  'RATE_LIMITED',
  /** Jira did not answer within the timeout. */
  'TIMEOUT',
  /** Network failure, proxy error or a 5xx. */
  'UPSTREAM_UNAVAILABLE',
  /** Jira answered something that is not the expected JSON. */
  'INVALID_RESPONSE',
  /** A bug or an unexpected failure in sf-links itself. */
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];
