import type { ErrorCode } from '@sf-links/core';

export interface ErrorCodeTraits {
  /** Retrying later may succeed: said in the tool's text so an assistant does not loop on a hard failure. */
  temporary: boolean;
  /** `--doctor`'s exit code, the same as the `sf-links` CLI's (contract §4). */
  exitCode: number;
}

/** The one place that maps error codes (every MCP failure is an `isError` result; this adds what differs). */
export function errorCodeTraits(code: ErrorCode): ErrorCodeTraits {
  switch (code) {
    case 'INVALID_INPUT':
    case 'CONFIG':
      return { temporary: false, exitCode: 2 };
    case 'UNAUTHORIZED':
    case 'FORBIDDEN':
      return { temporary: false, exitCode: 3 };
    case 'NOT_FOUND':
    case 'ADDON_UNAVAILABLE':
      return { temporary: false, exitCode: 4 };
    case 'RATE_LIMITED':
    case 'TIMEOUT':
    case 'UPSTREAM_UNAVAILABLE':
      return { temporary: true, exitCode: 5 };
    case 'INVALID_RESPONSE':
      return { temporary: false, exitCode: 6 };
    case 'INTERNAL':
      return { temporary: false, exitCode: 1 };
    default: {
      const unhandled: never = code;
      throw new Error(`Unhandled error code ${String(unhandled)}`);
    }
  }
}
