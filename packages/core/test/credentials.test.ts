// Credentials as they travel: what resolveConfig lets through must reach Jira intact over undici,
// and what it refuses must never reach the network.
import { createServer } from 'node:http';
import { ConfigError } from '@sf-links/core';
import { createNodeClient } from '@sf-links/core/node';
import { describe, expect, it } from 'vitest';
import { failureOf, fakeJira } from './with-fake.js';

describe('credentials on the wire', () => {
  it('a non-ASCII Basic password and user name reach Jira as UTF-8 through undici', async () => {
    let authorization: string | undefined;
    const server = createServer((request, response) => {
      authorization = request.headers.authorization;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ name: 'jürgen', displayName: 'Jürgen' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const password = 'pässwörd: €😀 x';
    const client = createNodeClient({
      env: {},
      overrides: { baseUrl: `http://127.0.0.1:${port}`, username: 'jürgen', password },
    });
    try {
      expect((await client.whoAmI()).name).toBe('jürgen');
    } finally {
      await client.close();
      await new Promise((resolve) => server.close(resolve));
    }
    expect(authorization?.startsWith('Basic ')).toBe(true);
    const decoded = Buffer.from(authorization?.slice(6) ?? '', 'base64').toString('utf8');
    expect(decoded).toBe(`jürgen:${password}`);
  });

  it.each([
    ['a zero-width space', '\u200b'],
    ['a non-breaking space', '\u00a0'],
    ['a C1 control', '\u0085'],
    ['a tab', '\t'],
  ])(
    'a PAT with %s inside is CONFIG at start, never UPSTREAM_UNAVAILABLE, and sends nothing',
    async (_what, character) => {
      // Regression: such a PAT passed the checks and undici refused the header on the first request.
      const fake = await fakeJira();
      const pat = `${fake.pat.slice(0, 10)}${character}${fake.pat.slice(10)}`;
      let caught: unknown;
      try {
        createNodeClient({ env: { JIRA_BASE_URL: fake.baseUrl, JIRA_PAT: pat } });
      } catch (error) {
        caught = error;
      }
      expect(ConfigError.isInstance(caught)).toBe(true);
      const failure = caught as ConfigError;
      expect(failure.code).toBe('CONFIG');
      expect(failure.problems.map((problem) => problem.variable)).toEqual(['JIRA_PAT']);
      expect(failure.message).not.toContain(fake.pat.slice(0, 10));
      expect(fake.requests).toHaveLength(0);
    },
  );

  it('a browse URL as JIRA_BASE_URL is CONFIG at start, suggesting the base URL, never ADDON_UNAVAILABLE', async () => {
    const fake = await fakeJira({ contextPath: '/jira' });
    const failure = await failureOf(
      (async () =>
        createNodeClient({ env: { JIRA_BASE_URL: `${fake.baseUrl}/browse/SUP-42`, JIRA_PAT: fake.pat } }))(),
    );
    expect(failure.code).toBe('CONFIG');
    expect(failure.message).toContain(`JIRA_BASE_URL: is a link to a page in Jira`);
    expect(failure.message).toContain(`set it to the part before /browse/: ${fake.baseUrl}`);
    expect(fake.requests).toHaveLength(0);
  });
});
