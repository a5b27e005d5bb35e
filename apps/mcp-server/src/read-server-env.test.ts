import { describe, expect, it } from 'vitest';
import { readServerEnv } from './read-server-env.js';

describe('readServerEnv', () => {
  it('enables writes only for an explicit true', () => {
    expect(readServerEnv({}).enableWrites).toBe(false);
    expect(readServerEnv({ SF_LINKS_ENABLE_WRITES: 'TRUE' }).enableWrites).toBe(true);
    expect(readServerEnv({ SF_LINKS_ENABLE_WRITES: 'false' })).toEqual({
      enableWrites: false,
      httpToken: undefined,
      callDeadlineMs: 45_000,
      warnings: [],
    });
  });

  it('keeps writes off and warns on a value it does not understand', () => {
    expect(readServerEnv({ SF_LINKS_ENABLE_WRITES: 'sure' })).toEqual({
      enableWrites: false,
      httpToken: undefined,
      callDeadlineMs: 45_000,
      warnings: ['SF_LINKS_ENABLE_WRITES must be true or false; the write tool stays disabled.'],
    });
  });

  it('reads the HTTP token, ignoring a blank one', () => {
    expect(readServerEnv({ SF_LINKS_MCP_HTTP_TOKEN: ' abc ' }).httpToken).toBe('abc');
    expect(readServerEnv({ SF_LINKS_MCP_HTTP_TOKEN: '  ' }).httpToken).toBeUndefined();
  });

  it('reads the per-call deadline, keeping 45 s for a value it does not understand', () => {
    expect(readServerEnv({ SF_LINKS_MCP_DEADLINE_MS: '1500' }).callDeadlineMs).toBe(1500);
    expect(readServerEnv({ SF_LINKS_MCP_DEADLINE_MS: '10s' })).toMatchObject({
      callDeadlineMs: 45_000,
      warnings: ['SF_LINKS_MCP_DEADLINE_MS must be a whole number of milliseconds; using 45000.'],
    });
  });
});
