import { describe, expect, it } from 'vitest';
import { checkBearerToken } from './check-bearer-token.js';

describe('checkBearerToken', () => {
  it('accepts exactly the token, as a Bearer credential', () => {
    expect(checkBearerToken('Bearer s3cret', 's3cret')).toBe(true);
    expect(checkBearerToken('bearer   s3cret ', 's3cret')).toBe(true);
  });

  it('refuses anything else', () => {
    for (const header of [
      undefined,
      '',
      'Bearer',
      'Bearer ',
      's3cret',
      'Basic s3cret',
      'Bearer s3cre',
      'Bearer s3crets',
    ]) {
      expect(checkBearerToken(header, 's3cret')).toBe(false);
    }
  });
});
