import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeCodeWithin,
  escapeMrkdwn,
  escapeText,
  escapeWithin,
  mrkdwnLink,
  truncate,
} from './escape-mrkdwn.js';

const z = '\u200b';

describe('escaping', () => {
  it('escapes the three control characters', () => {
    expect(escapeMrkdwn('a & <b> c')).toBe('a &amp; &lt;b&gt; c');
  });

  it('keeps links well-formed whatever the URL or label holds', () => {
    expect(mrkdwnLink('https://x/a|b>c&d', 'x>y|z')).toBe('<https://x/a%7Cb%3Ec&amp;d|x&gt;y|z>');
    expect(mrkdwnLink('https://x/a_b*', '*id*')).toBe(`<https://x/a_b*|${z}*${z}id${z}*${z}>`);
  });

  it('cuts escaped text between characters, never inside an entity, within the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('&', '<', '>', 'a', '*', '_', '~', '`'), maxLength: 200 }),
        fc.integer({ min: 2, max: 100 }),
        (value, max) => {
          const result = escapeWithin(value, max);
          expect(result.length).toBeLessThanOrEqual(max);
          expect(result.replace(/&(amp|lt|gt);/g, '')).not.toMatch(/[&<>]/);
          // Every formatting marker is fenced by zero-width spaces, even where the text was cut, but
          // for underscores inside a word (between letters or digits), which cannot format.
          const unfenced = result.replace(/\u200b[*_~`]\u200b/g, ' ');
          expect(unfenced).not.toMatch(/[*~`]/);
          expect(unfenced).not.toMatch(/(^|[^\p{L}\p{N}_])_|_($|[^\p{L}\p{N}_])/u);
          const code = escapeCodeWithin(value, max);
          expect(code.length).toBeLessThanOrEqual(max);
          expect(code).not.toMatch(/`/);
        },
      ),
    );
    expect(truncate('abcdef', 4)).toBe('abc…');
  });

  it('neutralises the formatting markers * _ ~ ` (Slack has no escape for them) with zero-width spaces', () => {
    expect(escapeText('*bold* _it_ ~s~ `c` &')).toBe(
      `${z}*${z}bold${z}*${z} ${z}_${z}it${z}_${z} ${z}~${z}s${z}~${z} ${z}\`${z}c${z}\`${z} &amp;`,
    );
    // Underscores inside a word cannot format: API names, variables and keys are copied as sent.
    for (const word of ['My_Object__c', 'ns__Invoice__c', 'JIRA_BASE_URL', 'SF_2-7'])
      expect(escapeText(word)).toBe(word);
    expect(escapeText('__init__ a_')).toBe(`${z}_${z}${z}_${z}init${z}_${z}${z}_${z} a${z}_${z}`);
    // A cut never leaves a bare underscore before the ellipsis, where it could close italics.
    expect(escapeWithin('JIRA_BASE_URL', 6)).toBe('JIRA…');
    // Inside a code span only a backtick matters: replaced by a look-alike, the rest kept as given.
    expect(escapeCodeWithin('a`b*_c', 20)).toBe('a\u02cbb*_c');
  });
});
