import { afterEach, describe, expect, it } from 'vitest';
import type { FakeJira } from '../fake-jira.js';
import { startFakeJira } from '../start-fake-jira.js';
import { associationsPath, basic, jsonHeaders, sendRequest } from '../test-support/send-request.js';

describe('rate limiting (behaviour 15)', () => {
  let fake: FakeJira | undefined;
  afterEach(async () => {
    await fake?.close();
  });

  it('sends no rate-limit headers by default', async () => {
    fake = await startFakeJira();
    const response = await sendRequest(`${fake.baseUrl}/rest/api/2/myself`, {
      headers: jsonHeaders(`Bearer ${fake.pat}`),
    });
    expect(response.headers['x-ratelimit-limit']).toBeUndefined();
  });

  it('counts down on every authenticated response, then answers 429 JSON or HTML by Accept', async () => {
    fake = await startFakeJira({ rateLimit: { capacity: 3, fillRate: 1, intervalSeconds: 60 } });
    const url = `${fake.baseUrl}${associationsPath}?jiraIssueIdOrKey=SUP-42`;
    const remaining: string[] = [];
    for (let call = 0; call < 3; call += 1) {
      const response = await sendRequest(url, { headers: jsonHeaders(`Bearer ${fake.pat}`) });
      expect(response.status).toBe(200);
      expect(response.headers['x-ratelimit-limit']).toBe('3');
      expect(response.headers['x-ratelimit-fillrate']).toBe('1');
      expect(response.headers['x-ratelimit-interval-seconds']).toBe('60');
      expect(response.headers['retry-after']).toBe('0');
      remaining.push(String(response.headers['x-ratelimit-remaining']));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const limited = await sendRequest(url, { headers: jsonHeaders(basic(fake.username, fake.password)) });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(59);
    expect(limited.headers['x-ratelimit-remaining']).toBe('0');
    expect(JSON.parse(limited.body)).toEqual({ message: 'Rate limit exceeded.' });
    const html = await sendRequest(url, {
      headers: { Authorization: `Bearer ${fake.pat}`, Accept: 'text/html' },
    });
    expect(html.status).toBe(429);
    expect(html.headers['content-type']).toBe('text/html;charset=UTF-8');
    expect(html.body).toContain('429');
  });

  it('does not count or label unauthenticated calls', async () => {
    fake = await startFakeJira({ scenario: 'rate-limited' });
    const anonymous = await sendRequest(`${fake.baseUrl}/rest/api/2/myself`, {
      headers: { Accept: 'application/json' },
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['x-ratelimit-limit']).toBeUndefined();
    const first = await sendRequest(`${fake.baseUrl}/rest/api/2/myself`, {
      headers: jsonHeaders(`Bearer ${fake.pat}`),
    });
    expect(first.headers['x-ratelimit-limit']).toBe('5');
    expect(first.headers['x-ratelimit-remaining']).toBe('4');
  });

  it('refills after the interval (rate-limited scenario: 5 / 5 per 1 s)', async () => {
    fake = await startFakeJira({ scenario: 'rate-limited' });
    const call = () =>
      sendRequest(`${fake?.baseUrl}/rest/api/2/myself`, { headers: jsonHeaders(`Bearer ${fake?.pat}`) });
    const statuses: number[] = [];
    for (let index = 0; index < 6; index += 1) statuses.push((await call()).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await call()).status).toBe(200);
  });

  it('turns off when configured to null', async () => {
    fake = await startFakeJira({ rateLimit: { capacity: 1, fillRate: 1, intervalSeconds: 60 } });
    const call = () =>
      sendRequest(`${fake?.baseUrl}/rest/api/2/myself`, { headers: jsonHeaders(`Bearer ${fake?.pat}`) });
    await call();
    expect((await call()).status).toBe(429);
    fake.configure({ rateLimit: null });
    const response = await call();
    expect(response.status).toBe(200);
    expect(response.headers['x-ratelimit-limit']).toBeUndefined();
  });
});
