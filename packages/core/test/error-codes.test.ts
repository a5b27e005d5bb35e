// Each error code of contract §3 that the behaviours test does not already reach, with its message.
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { ConfigError, createClient, errorCodes, InvalidResponseError, resolveConfig } from '@sf-links/core';
import { createNodeClient, createUndiciTransport } from '@sf-links/core/node';
import { describe, expect, it } from 'vitest';
import { clientFor, failureOf, fakeJira } from './with-fake.js';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

describe('error codes', () => {
  it('lists the codes of the contract, plus INTERNAL', () => {
    expect(errorCodes).toEqual([
      'INVALID_INPUT',
      'CONFIG',
      'UNAUTHORIZED',
      'FORBIDDEN',
      'NOT_FOUND',
      'ADDON_UNAVAILABLE',
      'RATE_LIMITED',
      'TIMEOUT',
      'UPSTREAM_UNAVAILABLE',
      'INVALID_RESPONSE',
      'INTERNAL',
    ]);
  });

  it('CONFIG: every problem at once, each naming its variable, thrown before any request', () => {
    let caught: unknown;
    try {
      createNodeClient({
        env: { JIRA_TIMEOUT_MS: 'soon', JIRA_MAX_RETRIES: '-1', SALESFORCE_BASE_URL: 'acme' },
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const variables = (caught as ConfigError).problems.map((problem) => problem.variable);
    expect(variables.sort()).toEqual(
      ['JIRA_BASE_URL', 'JIRA_MAX_RETRIES', 'JIRA_PAT', 'JIRA_TIMEOUT_MS', 'SALESFORCE_BASE_URL'].sort(),
    );
    expect((caught as ConfigError).code).toBe('CONFIG');
  });

  it('CONFIG: a bad JIRA_CA_FILE is listed together with every other problem', () => {
    let caught: unknown;
    try {
      createNodeClient({ env: { JIRA_PAT: 'x', JIRA_TIMEOUT_MS: '5', JIRA_CA_FILE: '/etc/hostname' } });
    } catch (error) {
      caught = error;
    }
    expect((caught as ConfigError).problems.map((problem) => problem.variable)).toEqual([
      'JIRA_BASE_URL',
      'JIRA_TIMEOUT_MS',
      'JIRA_CA_FILE',
    ]);
    expect((caught as ConfigError).message).toContain('JIRA_CA_FILE: /etc/hostname holds no PEM certificate');
  });

  it('CONFIG: an unreadable JIRA_CA_FILE is reported at start', () => {
    expect(() =>
      createNodeClient({
        env: {},
        overrides: { baseUrl: 'https://jira.example.com', pat: 'x', caFile: '/nope.pem' },
      }),
    ).toThrow(/JIRA_CA_FILE: cannot read \/nope\.pem/);
  });

  it('INVALID_RESPONSE: a 200 that is not JSON, and the vendor’s documented body with its trailing comma', async () => {
    const fake = await fakeJira({ fault: 'invalid-json' });
    const client = clientFor(fake);
    const invalid = await failureOf(client.listAssociations('SUP-42'));
    expect(invalid.code).toBe('INVALID_RESPONSE');
    expect(invalid.message).toMatch(
      /^Jira at 127\.0\.0\.1:\d+ answered for SUP-42 with a body that is not the expected JSON/,
    );
    fake.configure({ fault: 'trailing-comma' });
    expect((await failureOf(client.listAssociations('SUP-42'))).code).toBe('INVALID_RESPONSE');
  });

  it('INVALID_RESPONSE, not INTERNAL: a lone surrogate in a soid from Jira with SALESFORCE_BASE_URL set', async () => {
    // Regression: building the record URL threw a URIError (INTERNAL).
    const fake = await fakeJira();
    fake.seedIssue({
      id: '20001',
      key: 'ODD-1',
      associations: [{ jiraIssueId: '20001', son: 'Case', soid: '500J80000019IF9\ud800' }],
    });
    const client = clientFor(fake, { salesforceBaseUrl: 'https://acme.my.salesforce.com' });
    const result = await client.lookup('ODD-1');
    expect(result).toEqual({
      issue: 'ODD-1',
      error: { code: 'INVALID_RESPONSE', message: expect.stringContaining('ODD-1') },
    });
  });

  it('UPSTREAM_UNAVAILABLE: nothing listening says to check the host and port', async () => {
    const port = await closedPort();
    const client = createNodeClient({
      env: {},
      overrides: { baseUrl: `http://127.0.0.1:${port}`, pat: 'x' },
    });
    const failure = await failureOf(client.listAssociations('SUP-42'));
    await client.close();
    expect(failure.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(failure.message).toBe(
      `Jira at 127.0.0.1:${port} refused the connection while looking up SUP-42. Check JIRA_BASE_URL (host and port) and that Jira is running.`,
    );
  });

  it('TIMEOUT: a slow Jira gives up after JIRA_TIMEOUT_MS and says so', async () => {
    const fake = await fakeJira({ latencyMs: 2_000 });
    const started = Date.now();
    const failure = await failureOf(clientFor(fake, { timeoutMs: 200 }).listAssociations('SUP-42'));
    expect(failure.code).toBe('TIMEOUT');
    expect(failure.message).toContain('did not answer in time (200 ms) while looking up SUP-42');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('TIMEOUT: a body that trickles in under the between-chunks timeout still ends at the deadline', async () => {
    // Each chunk arrives well within JIRA_TIMEOUT_MS, but the whole body would take 2 s.
    const server = createHttpServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('[');
      let sent = 0;
      const timer = setInterval(() => {
        sent += 1;
        if (sent === 20 || response.destroyed) {
          clearInterval(timer);
          response.end(']');
        } else response.write(' ');
      }, 100);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const { transport, close } = createUndiciTransport({ timeoutMs: 300 });
    const started = Date.now();
    const failure = await failureOf(
      transport({ method: 'GET', url: `http://127.0.0.1:${port}/x`, headers: {}, idempotent: true }),
    );
    const elapsed = Date.now() - started;
    await close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    expect(failure.code).toBe('TIMEOUT');
    expect(failure.message).toContain('did not answer in time (300 ms)');
    expect(elapsed).toBeLessThan(1_000);
  });

  it('INVALID_RESPONSE: a body over the cap is cut off, not buffered whole', async () => {
    const fake = await fakeJira();
    const soids = Array.from({ length: 200 }, (_, index) => `001${String(index).padStart(12, '0')}`);
    fake.seedIssue({
      id: '20000',
      key: 'BIG-1',
      associations: soids.map((soid) => ({ jiraIssueId: '20000', son: 'Account', soid })),
    });
    const { transport, close } = createUndiciTransport({ timeoutMs: 2_000, maxBodyBytes: 4_096 });
    const url = `${fake.baseUrl}/rest/com.servicerocket.jira.salesforce/1.0/api/external/associations?jiraIssueIdOrKey=BIG-1`;
    const request = {
      method: 'GET' as const,
      url,
      headers: { authorization: `Bearer ${fake.pat}` },
      idempotent: true,
    };
    const failure = await failureOf(transport(request));
    await close();
    expect(failure.code).toBe('INVALID_RESPONSE');
    expect(failure.message).toContain('larger than');
  });

  it('INVALID_RESPONSE: an oversized body names the issue, like every other transport failure', async () => {
    // Regression: the size error came from the transport, which knows only the host.
    const fake = await fakeJira();
    const soids = Array.from({ length: 200 }, (_, index) => `001${String(index).padStart(12, '0')}`);
    fake.seedIssue({
      id: '20000',
      key: 'BIG-1',
      associations: soids.map((soid) => ({ jiraIssueId: '20000', son: 'Account', soid })),
    });
    const undici = createUndiciTransport({ timeoutMs: 2_000, maxBodyBytes: 4_096 });
    const client = createClient({
      config: resolveConfig({ baseUrl: fake.baseUrl, pat: fake.pat }),
      transport: undici.transport,
      onClose: undici.close,
    });
    const failure = await failureOf(client.listAssociations('big-1'));
    const result = await client.lookup('BIG-1');
    await client.close();
    expect(failure.code).toBe('INVALID_RESPONSE');
    expect(failure.message).toMatch(
      /^Jira at 127\.0\.0\.1:\d+ sent a response larger than 4 KiB while looking up BIG-1\. /,
    );
    expect((failure as { issue?: string }).issue).toBe('BIG-1');
    expect(InvalidResponseError.isInstance(failure)).toBe(true);
    expect(result).toEqual({
      issue: 'BIG-1',
      error: { code: 'INVALID_RESPONSE', message: expect.stringContaining('while looking up BIG-1') },
    });
  });

  it('lookupMany hands each whole failure to onError, cause chain included', async () => {
    const fake = await fakeJira({ fault: 'drop' });
    const seen: Array<{ code: string; issue: string | undefined; cause: unknown }> = [];
    const results = await clientFor(fake, { maxRetries: 0 }).lookupMany(['SUP-42', 'x!'], {
      onError: (error) => seen.push({ code: error.code, issue: error.issue, cause: error.cause }),
    });
    expect(results.map((result) => ('error' in result ? result.error.code : 'ok'))).toEqual([
      'UPSTREAM_UNAVAILABLE',
      'INVALID_INPUT',
    ]);
    // Called as failures happen, so in completion order.
    const byCode = [...seen].sort((a, b) => a.code.localeCompare(b.code));
    expect(byCode.map((failure) => [failure.code, failure.issue])).toEqual([
      ['INVALID_INPUT', undefined],
      ['UPSTREAM_UNAVAILABLE', 'SUP-42'],
    ]);
    expect(byCode[1]?.cause).toBeInstanceOf(Error);
  });

  it('lookup never throws: each failure becomes { issue, error: { code, message } }', async () => {
    const fake = await fakeJira();
    const results = await clientFor(fake).lookupMany([' sup-42 ', 'NOPE-1', '??', '11818']);
    expect(results.map((result) => ('error' in result ? result.error.code : 'ok'))).toEqual([
      'ok',
      'NOT_FOUND',
      'INVALID_INPUT',
      'ok',
    ]);
    expect(results.map((result) => result.issue)).toEqual(['SUP-42', 'NOPE-1', '??', '11818']);
  });
});
