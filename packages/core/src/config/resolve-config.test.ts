import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { resolveConfig } from './resolve-config.js';

function problemsOf(input: Parameters<typeof resolveConfig>[0]) {
  try {
    resolveConfig(input);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('resolveConfig', () => {
  it('applies the documented defaults and strips a trailing slash, keeping the context path', () => {
    const config = resolveConfig({ baseUrl: 'https://example.com/jira/', pat: '  token \n' });
    expect(config).toEqual({
      baseUrl: 'https://example.com/jira',
      host: 'example.com',
      salesforceBaseUrl: undefined,
      timeoutMs: 10_000,
      maxRetries: 2,
      allowInsecureHttp: false,
      caFile: undefined,
      tlsRejectUnauthorized: true,
    });
    expect(config.credentials).toEqual({ kind: 'pat', token: 'token' });
  });

  it('never shows credentials when the config is logged or serialised', () => {
    const config = resolveConfig({
      baseUrl: 'https://jira.example.com',
      username: 'ann',
      password: 'hunter22',
    });
    expect(JSON.stringify(config)).not.toContain('hunter22');
    expect(Object.keys(config)).not.toContain('credentials');
    expect(config.credentials).toEqual({ kind: 'basic', username: 'ann', password: 'hunter22' });
  });

  it('a PAT wins over Basic', () => {
    const config = resolveConfig({
      baseUrl: 'https://j.example.com',
      pat: 'p',
      username: 'u',
      password: 'x',
    });
    expect(config.credentials.kind).toBe('pat');
  });

  it('reports every problem at once, naming each variable and never a value', () => {
    const problems = problemsOf({
      baseUrl: 'http://jira.example.com',
      pat: 'abc\ndef',
      timeoutMs: 'ten',
      maxRetries: '99',
      allowInsecureHttp: 'maybe',
      salesforceBaseUrl: 'ftp://acme',
    });
    expect(problems.map((problem) => problem.variable)).toEqual([
      'JIRA_ALLOW_INSECURE_HTTP',
      'JIRA_BASE_URL',
      'JIRA_PAT',
      'JIRA_TIMEOUT_MS',
      'JIRA_MAX_RETRIES',
      'SALESFORCE_BASE_URL',
    ]);
    expect(JSON.stringify(problems)).not.toContain('abc');
  });

  it('refuses http:// to a remote host unless allowed; loopback is fine', () => {
    expect(problemsOf({ baseUrl: 'http://jira.example.com', pat: 'p' })[0]?.message).toContain(
      'JIRA_ALLOW_INSECURE_HTTP=true',
    );
    expect(
      resolveConfig({ baseUrl: 'http://jira.example.com', pat: 'p', allowInsecureHttp: 'true' }).baseUrl,
    ).toBe('http://jira.example.com');
    expect(resolveConfig({ baseUrl: 'http://127.0.0.1:8080', pat: 'p' }).host).toBe('127.0.0.1:8080');
    expect(resolveConfig({ baseUrl: 'http://localhost:8080/jira', pat: 'p' }).baseUrl).toBe(
      'http://localhost:8080/jira',
    );
  });

  it('asks for credentials, and for the missing half of Basic', () => {
    expect(problemsOf({ baseUrl: 'https://j.example.com' })).toEqual([
      expect.objectContaining({ variable: 'JIRA_PAT' }),
    ]);
    expect(problemsOf({ baseUrl: 'https://j.example.com', username: 'ann' })).toEqual([
      { variable: 'JIRA_PASSWORD', message: 'is required with JIRA_USERNAME' },
    ]);
    expect(problemsOf({ baseUrl: 'https://j.example.com', password: 'x' })).toEqual([
      { variable: 'JIRA_USERNAME', message: 'is required with JIRA_PASSWORD' },
    ]);
  });

  it('refuses credentials inside the URL, a query, and non-http schemes', () => {
    expect(problemsOf({ baseUrl: 'https://ann:pw@j.example.com', pat: 'p' })[0]?.message).toContain(
      'must not contain credentials',
    );
    expect(problemsOf({ baseUrl: 'https://j.example.com/?a=1', pat: 'p' })[0]?.message).toContain('query');
    expect(problemsOf({ baseUrl: 'jira.example.com', pat: 'p' })[0]?.message).toContain('not a URL');
  });

  it('reads typed options as well as environment strings', () => {
    const config = resolveConfig({
      baseUrl: 'https://j.example.com',
      pat: 'p',
      timeoutMs: 500,
      maxRetries: 0,
      tlsRejectUnauthorized: false,
    });
    expect([config.timeoutMs, config.maxRetries, config.tlsRejectUnauthorized]).toEqual([500, 0, false]);
  });

  describe('credential characters (regression: a PAT with a zero-width space failed later as UPSTREAM_UNAVAILABLE)', () => {
    const base = { baseUrl: 'https://j.example.com' };

    it.each([
      ['a zero-width space', 'abc\u200bdef'],
      ['a non-breaking space', 'abc\u00a0def'],
      ['a space', 'abc def'],
      ['a non-ASCII letter', 'abcädef'],
      ['a smart quote', 'abc\u2019def'],
      ['an emoji', 'abc😀def'],
    ])('refuses a PAT with %s inside, naming JIRA_PAT and never the value', (_what, pat) => {
      const problems = problemsOf({ ...base, pat });
      expect(problems).toEqual([
        { variable: 'JIRA_PAT', message: expect.stringContaining('cannot be in a token') },
      ]);
      expect(JSON.stringify(problems)).not.toContain('abc');
    });

    it.each([
      ['a tab', 'abc\tdef'],
      ['a line break', 'abc\ndef'],
      ['a NUL', 'abc\u0000def'],
      ['DEL', 'abc\u007fdef'],
      ['a C1 control (NEL)', 'abc\u0085def'],
      ['a C1 control (CSI)', 'abc\u009bdef'],
    ])('refuses a PAT with %s inside as a control character', (_what, pat) => {
      expect(problemsOf({ ...base, pat })).toEqual([
        { variable: 'JIRA_PAT', message: 'contains a line break or control character; copy it again' },
      ]);
    });

    it('accepts every visible ASCII character in a PAT, and trims white space around it (tab included)', () => {
      const visible = Array.from({ length: 0x7e - 0x21 + 1 }, (_, index) =>
        String.fromCharCode(0x21 + index),
      );
      const token = visible.join('');
      expect(resolveConfig({ ...base, pat: `\t ${token}\t\n` }).credentials).toEqual({ kind: 'pat', token });
      expect(resolveConfig({ ...base, pat: '\ufeffNjE2-abc+/=\u00a0' }).credentials).toEqual({
        kind: 'pat',
        token: 'NjE2-abc+/=',
      });
    });

    it.each([
      ['a tab', 'ann\tbob'],
      ['a line break', 'ann\r\nbob'],
      ['a C1 control', 'ann\u0085'],
      ['a colon', 'ann:bob'],
    ])('refuses a JIRA_USERNAME with %s', (_what, username) => {
      const problems = problemsOf({ ...base, username, password: 'hunter22' });
      expect(problems.map((problem) => problem.variable)).toEqual(['JIRA_USERNAME']);
      expect(JSON.stringify(problems)).not.toContain('bob');
    });

    it.each([
      ['a tab', 'hunter\t22'],
      ['a line break', 'hunter\n22'],
      ['a C1 control', 'hunter\u009022'],
      ['a lone surrogate', 'hunter\ud83d22'],
    ])('refuses a JIRA_PASSWORD with %s, never echoing it', (_what, password) => {
      const problems = problemsOf({ ...base, username: 'ann', password });
      expect(problems).toEqual([
        { variable: 'JIRA_PASSWORD', message: 'contains a line break or control character; copy it again' },
      ]);
      expect(JSON.stringify(problems)).not.toContain('hunter');
    });

    it('keeps spaces, colons and non-ASCII text in a Basic password, and non-ASCII user names', () => {
      const config = resolveConfig({ ...base, username: 'jürgen', password: 'pässwörd: €😀 x' });
      expect(config.credentials).toEqual({ kind: 'basic', username: 'jürgen', password: 'pässwörd: €😀 x' });
    });
  });

  describe('a page of Jira pasted as JIRA_BASE_URL (regression: it failed later as ADDON_UNAVAILABLE)', () => {
    it.each([
      ['https://jira.example.com/browse/SUP-42', 'https://jira.example.com'],
      ['https://example.com/jira/browse/SUP-42', 'https://example.com/jira'],
      ['https://example.com/jira/browse/', 'https://example.com/jira'],
      ['https://jira.example.com/secure/Dashboard.jspa', 'https://jira.example.com'],
      ['https://example.com/jira/rest/api/2/myself', 'https://example.com/jira'],
      [
        'https://jira.example.com/rest/com.servicerocket.jira.salesforce/1.0/api/external/associations',
        'https://jira.example.com',
      ],
      ['https://jira.example.com:8443/projects/SUP/issues/SUP-42', 'https://jira.example.com:8443'],
      ['http://localhost:8080/jira/login.jsp', 'http://localhost:8080/jira'],
    ])('refuses %s as CONFIG, suggesting %s', (baseUrl, suggested) => {
      let caught: unknown;
      try {
        resolveConfig({ baseUrl, pat: 'p' });
      } catch (error) {
        caught = error;
      }
      expect(ConfigError.isInstance(caught)).toBe(true);
      const problems = (caught as ConfigError).problems;
      expect(problems).toHaveLength(1);
      expect(problems[0]?.variable).toBe('JIRA_BASE_URL');
      expect(problems[0]?.message).toMatch(/^is a link to a page in Jira .*set it to the part before \/\w/);
      expect(problems[0]?.message.endsWith(`: ${suggested}`)).toBe(true);
      expect((caught as ConfigError).code).toBe('CONFIG');
    });

    it('keeps a context path named like a Jira page when nothing follows it (/projects, /servicedesk)', () => {
      for (const baseUrl of ['https://example.com/projects', 'https://example.com/servicedesk/'])
        expect(resolveConfig({ baseUrl, pat: 'p' }).baseUrl).toBe(baseUrl.replace(/\/$/, ''));
    });

    it('keeps context paths that merely contain those words', () => {
      expect(resolveConfig({ baseUrl: 'https://example.com/browser-jira', pat: 'p' }).baseUrl).toBe(
        'https://example.com/browser-jira',
      );
      expect(resolveConfig({ baseUrl: 'https://rest.example.com/secure-jira/', pat: 'p' }).baseUrl).toBe(
        'https://rest.example.com/secure-jira',
      );
    });
  });
});
