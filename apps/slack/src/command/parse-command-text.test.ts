import { describe, expect, it } from 'vitest';
import { parseCommandText } from './parse-command-text.js';

const keys = (text: string) => {
  const parsed = parseCommandText(text);
  return parsed.kind === 'lookup' ? parsed.issues.map((issue) => issue.idOrKey) : parsed;
};

describe('parseCommandText', () => {
  it('treats empty text and help as help', () => {
    for (const text of ['', '   ', 'help', 'HELP', 'SUP-1 help', 'share'])
      expect(parseCommandText(text)).toEqual({ kind: 'help' });
  });

  it('reads keys, ids and browse URLs, separated by spaces or commas, deduplicated in order', () => {
    expect(keys('sup-42, 11816 https://jira.example.com/jira/browse/SUP-43/ SUP-42')).toEqual([
      'SUP-42',
      '11816',
      'SUP-43',
    ]);
  });

  it("unwraps Slack's link forms, labels with spaces included, and unescapes &amp;", () => {
    expect(
      keys(
        '<https://jira.example.com/browse/SUP-42?a=1&amp;b=2|SUP-42 Export fails> <http://jira/browse/SUP-7>',
      ),
    ).toEqual(['SUP-42', 'SUP-7']);
  });

  it('reads share anywhere', () => {
    expect(parseCommandText('share SUP-1')).toMatchObject({ kind: 'lookup', share: true });
    expect(parseCommandText('SUP-1 SHARE')).toMatchObject({ kind: 'lookup', share: true });
    expect(parseCommandText('SUP-1')).toMatchObject({ kind: 'lookup', share: false });
  });

  it('names every token that is not an issue, mentions included', () => {
    expect(parseCommandText('SUP-1 <@U123|bob> &lt;x&gt; PROJ')).toEqual({
      kind: 'not-issues',
      tokens: ['<@U123|bob>', '<x>', 'PROJ'],
    });
  });

  it('caps the number of distinct issues', () => {
    const eleven = Array.from({ length: 11 }, (_, index) => `A-${index + 1}`).join(' ');
    expect(parseCommandText(eleven)).toEqual({ kind: 'too-many', count: 11, max: 10 });
    expect(parseCommandText(`${eleven} A-1`, 11)).toMatchObject({ kind: 'lookup' });
    expect(parseCommandText('A-1 A-1 a-1 A-2')).toMatchObject({ kind: 'lookup' });
  });

  it('keeps a link to another Jira that repeats a key already given, so it is refused (not silently dropped)', () => {
    for (const text of [
      'SUP-42 <https://evil.example.com/browse/SUP-42|x>',
      '<https://evil.example.com/browse/SUP-42|x> SUP-42',
    ]) {
      const parsed = parseCommandText(text);
      expect(parsed.kind).toBe('lookup');
      if (parsed.kind !== 'lookup') continue;
      expect(parsed.issues.map((issue) => issue.jira ?? 'configured').sort()).toEqual([
        'configured',
        'evil.example.com',
      ]);
    }
    expect(
      parseCommandText('<https://evil.example.com/browse/SUP-42|x> https://evil.example.com/browse/SUP-42'),
    ).toMatchObject({
      kind: 'lookup',
      issues: [{ idOrKey: 'SUP-42', jira: 'evil.example.com' }],
    });
  });
});
