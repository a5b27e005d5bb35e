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
});
