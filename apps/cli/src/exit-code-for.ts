import type { ErrorCode } from '@sf-links/core';

/** Exit code when every issue succeeded (an issue with no links is a success). */
export const successExitCode = 0;
/** Exit code of a usage error (unknown option, missing issue), like INVALID_INPUT. */
export const usageExitCode = 2;

/** The process exit code for an error code (contract §4); scripts branch on these numbers. */
export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'INVALID_INPUT':
    case 'CONFIG':
      return 2;
    case 'UNAUTHORIZED':
    case 'FORBIDDEN':
      return 3;
    case 'NOT_FOUND':
    case 'ADDON_UNAVAILABLE':
      return 4;
    case 'RATE_LIMITED':
    case 'TIMEOUT':
    case 'UPSTREAM_UNAVAILABLE':
      return 5;
    case 'INVALID_RESPONSE':
      return 6;
    case 'INTERNAL':
      return 1;
    default: {
      // A new code in core fails the type check here until it gets an exit code.
      const unhandled: never = code;
      return unhandled;
    }
  }
}
