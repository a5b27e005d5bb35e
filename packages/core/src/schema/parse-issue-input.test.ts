import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SfLinksError } from '../errors/sf-links-error.js';
import { checkIssueOnJira, parseIssueInput } from './parse-issue-input.js';

describe('parseIssueInput', () => {
  it.each([
    ['PROJ-123', 'PROJ-123', 'key'],
    ['  proj-123 ', 'PROJ-123', 'key'],
    ['SF_2-7', 'SF_2-7', 'key'],
    ['A1B2-9', 'A1B2-9', 'key'],
    ['11816', '11816', 'id'],
  ])('%j → %s', (input, idOrKey, kind) => {
    expect(parseIssueInput(input)).toEqual({ idOrKey, kind });
  });

  it.each([
    ['https://jira.example.com/browse/PROJ-123', 'jira.example.com'],
    ['https://Example.com/jira/browse/proj-123/', 'example.com/jira'],
    ['http://jira.example.com:8443/browse/PROJ-123?focusedCommentId=1#c', 'jira.example.com:8443'],
  ])('browse URL %j → PROJ-123 of the Jira at %s', (input, jira) => {
    expect(parseIssueInput(input)).toEqual({ idOrKey: 'PROJ-123', kind: 'key', jira });
  });

  it('checkIssueOnJira accepts links of the configured Jira only (host and context path)', () => {
    const link = (url: string) => parseIssueInput(url);
    expect(
      checkIssueOnJira(link('http://EXAMPLE.com/jira/browse/SUP-1'), 'https://example.com/jira').idOrKey,
    ).toBe('SUP-1');
    expect(checkIssueOnJira(parseIssueInput('SUP-1'), 'https://example.com/jira').idOrKey).toBe('SUP-1');
    expect(() =>
      checkIssueOnJira(link('https://example.com/browse/SUP-1'), 'https://example.com/jira'),
    ).toThrowError(
      /^The link to SUP-1 points at the Jira at example\.com, but sf-links is set up for example\.com\/jira\./,
    );
    expect(() =>
      checkIssueOnJira(link('https://other.example.com/browse/SUP-1'), 'https://example.com'),
    ).toThrowError(/points at the Jira at other\.example\.com/);
  });

  it('echoes bad input bounded and on one line', () => {
    expect(() => parseIssueInput(`A${'x'.repeat(5000)}`)).toThrowError(/^"Ax{79}…" is not a Jira issue\./);
    expect(() => parseIssueInput('SUP-1\nSUP-2')).toThrowError(/^"SUP-1\\nSUP-2" is not a Jira issue\./);
    expect(() => parseIssueInput(`P${'X'.repeat(300)}-1`)).toThrowError(/is not a Jira issue/);
  });

  it.each([
    '',
    '   ',
    'PROJ',
    'PROJ-0',
    '1PROJ-1',
    'PROJ-12a',
    '0123',
    'https://jira.example.com/projects/PROJ',
    'https://jira.example.com/browse/11816',
    'ftp://jira.example.com/browse/PROJ-1',
    'PROJ-1; DROP TABLE',
  ])('%j is refused with the accepted forms', (input) => {
    expect(() => parseIssueInput(input)).toThrowError(/Give an issue key \(PROJ-123\), a numeric issue id/);
  });

  it('any string gives a reference or an INVALID_INPUT error, never a crash', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        try {
          const reference = parseIssueInput(input);
          expect(reference.idOrKey).toMatch(/^(?:[A-Z][A-Z0-9_]*-[1-9]\d*|[1-9]\d*)$/);
        } catch (error) {
          expect(SfLinksError.isInstance(error) && error.code).toBe('INVALID_INPUT');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('every valid key round-trips through a browse URL', () => {
    const key = fc
      .tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,9}$/), fc.integer({ min: 1, max: 10_000_000 }))
      .map(([project, number]) => `${project}-${number}`);
    fc.assert(
      fc.property(key, fc.constantFrom('', '/jira', '/a/b'), (issueKey, contextPath) => {
        const url = `https://jira.example.com${contextPath}/browse/${issueKey}`;
        expect(parseIssueInput(url).idOrKey).toBe(issueKey.toUpperCase());
      }),
    );
  });
});
