import { describe, expect, it } from 'vitest';
import { readServerEnv } from './read-server-env.js';

describe('readServerEnv', () => {
  it('enables writes only for an explicit true', () => {
    expect(readServerEnv({}).enableWrites).toBe(false);
    expect(readServerEnv({ SF_LINKS_ENABLE_WRITES: 'TRUE' }).enableWrites).toBe(true);
    expect(readServerEnv({ SF_LINKS_ENABLE_WRITES: 'false' })).toEqual({
      enableWrites: false,
      httpToken: undefined,
      warnings: [],
    });
  });

  it('keeps writes off and warns on a value it does not understand', () => {
    expect(readServerEnv({ SF_LINKS_ENABLE_WRITES: 'sure' })).toEqual({
      enableWrites: false,
      httpToken: undefined,
      warnings: ['SF_LINKS_ENABLE_WRITES must be true or false; the write tool stays disabled.'],
    });
  });

  it('reads the HTTP token, ignoring a blank one', () => {
    expect(readServerEnv({ SF_LINKS_MCP_HTTP_TOKEN: ' abc ' }).httpToken).toBe('abc');
    expect(readServerEnv({ SF_LINKS_MCP_HTTP_TOKEN: '  ' }).httpToken).toBeUndefined();
  });
});
