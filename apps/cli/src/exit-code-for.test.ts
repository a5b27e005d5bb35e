import { type ErrorCode, errorCodes } from '@sf-links/core';
import { describe, expect, it } from 'vitest';
import { exitCodeFor } from './exit-code-for.js';

describe('exitCodeFor', () => {
  const expected: Record<ErrorCode, number> = {
    INVALID_INPUT: 2,
    CONFIG: 2,
    UNAUTHORIZED: 3,
    FORBIDDEN: 3,
    NOT_FOUND: 4,
    ADDON_UNAVAILABLE: 4,
    RATE_LIMITED: 5,
    TIMEOUT: 5,
    UPSTREAM_UNAVAILABLE: 5,
    INVALID_RESPONSE: 6,
    INTERNAL: 1,
  };

  it.each(errorCodes)('maps %s to the exit code of contract §4', (code) => {
    expect(exitCodeFor(code)).toBe(expected[code]);
  });

  it('never maps an error to 0', () => {
    for (const code of errorCodes) expect(exitCodeFor(code)).toBeGreaterThan(0);
  });
});
