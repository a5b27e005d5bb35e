import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, escapeWithin, mrkdwnLink, truncate } from './escape-mrkdwn.js';

describe('escaping', () => {
  it('escapes the three control characters', () => {
    expect(escapeMrkdwn('a & <b> c')).toBe('a &amp; &lt;b&gt; c');
  });

  it('keeps links well-formed whatever the URL or label holds', () => {
    expect(mrkdwnLink('https://x/a|b>c&d', 'x>y|z')).toBe('<https://x/a%7Cb%3Ec&amp;d|x&gt;y|z>');
  });

  it('cuts escaped text between characters, never inside an entity, within the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('&', '<', '>', 'a'), maxLength: 200 }),
        fc.integer({ min: 2, max: 100 }),
        (value, max) => {
          const result = escapeWithin(value, max);
          expect(result.length).toBeLessThanOrEqual(max);
          expect(result.replace(/&(amp|lt|gt);/g, '')).not.toMatch(/[&<>]/);
        },
      ),
    );
    expect(truncate('abcdef', 4)).toBe('abc…');
  });
});
