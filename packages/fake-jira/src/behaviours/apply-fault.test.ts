import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeJira } from '../fake-jira.js';
import { startFakeJira } from '../start-fake-jira.js';
import { associationsPath, jsonHeaders, sendRequest } from '../test-support/send-request.js';
import { documentedGetResponse } from './documented-get-response.js';

describe('faults (behaviours 17, 18, 19) and cluster headers', () => {
  let fake: FakeJira | undefined;
  const get = (path = `${associationsPath}?jiraIssueIdOrKey=SUP-42`) =>
    sendRequest(`${fake?.baseUrl}${path}`, { headers: jsonHeaders(`Bearer ${fake?.pat}`) });
  afterEach(async () => {
    await fake?.close();
  });

  it('answers an SSO login page with status 200 text/html', async () => {
    fake = await startFakeJira({ scenario: 'sso-page' });
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html;charset=UTF-8');
    expect(response.body).toContain('Sign in');
    expect(response.headers['x-ausername']).toBeUndefined();
  });

  it('redirects to an identity provider on another host', async () => {
    fake = await startFakeJira({ scenario: 'sso-redirect-idp' });
    const response = await get();
    expect(response.status).toBe(302);
    const location = new URL(String(response.headers.location));
    expect(location.host).toBe('idp.example.com');
    expect(location.searchParams.get('RelayState')).toBe(
      `${fake.baseUrl}${associationsPath}?jiraIssueIdOrKey=SUP-42`,
    );
  });

  it('redirects to <B>/login.jsp with os_destination', async () => {
    fake = await startFakeJira({ scenario: 'sso-redirect-login', contextPath: '/jira' });
    const response = await get();
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe(
      `${fake.baseUrl}/login.jsp?os_destination=${encodeURIComponent(`${associationsPath}?jiraIssueIdOrKey=SUP-42`)}`,
    );
  });

  it.each([
    ['proxy-502', 502],
    ['proxy-503', 503],
    ['proxy-504', 504],
  ] as const)('answers %s as proxy HTML, with Retry-After when set', async (scenario, status) => {
    fake = await startFakeJira({ scenario });
    const plain = await get();
    expect(plain.status).toBe(status);
    expect(plain.headers['content-type']).toBe('text/html;charset=UTF-8');
    expect(plain.body).toContain(String(status));
    expect(plain.headers['retry-after']).toBeUndefined();
    fake.configure({ faultRetryAfter: 7 });
    expect((await get()).headers['retry-after']).toBe('7');
  });

  it('answers maintenance: 503 JSON on /status, 503 HTML on REST', async () => {
    fake = await startFakeJira({ scenario: 'maintenance', faultRetryAfter: 30 });
    const status = await get('/status');
    expect(status.status).toBe(503);
    expect(JSON.parse(status.body)).toEqual({ state: 'MAINTENANCE' });
    const rest = await get();
    expect(rest.status).toBe(503);
    expect(rest.headers['content-type']).toBe('text/html;charset=UTF-8');
    expect(rest.headers['retry-after']).toBe('30');
  });

  it('answers starting (behaviour 19): 200 STARTING on /status, 503 HTML on REST, then RUNNING once up', async () => {
    fake = await startFakeJira({ scenario: 'starting', faultTimes: 2 });
    const status = await get('/status');
    expect(status.status).toBe(200);
    expect(JSON.parse(status.body)).toEqual({ state: 'STARTING' });
    const rest = await get();
    expect(rest.status).toBe(503);
    expect(rest.headers['content-type']).toBe('text/html;charset=UTF-8');
    expect(rest.body).toContain('starting');
    // faultTimes spent: Jira has started.
    expect(JSON.parse((await get('/status')).body)).toEqual({ state: 'RUNNING' });
    expect((await get()).status).toBe(200);
  });

  it('moved-redirect: a plain 301 to movedTo with the path below the context path and the query', async () => {
    fake = await startFakeJira({ scenario: 'moved-redirect', contextPath: '/jira' });
    const response = await get();
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(
      `https://jira-new.example.com${associationsPath}?jiraIssueIdOrKey=SUP-42`,
    );
    fake.configure({ movedTo: fake.baseUrl.replace(/^http:/, 'https:') });
    expect((await get()).headers.location).toBe(
      `${fake.baseUrl.replace(/^http:/, 'https:')}${associationsPath}?jiraIssueIdOrKey=SUP-42`,
    );
  });

  it('cluster: every answer of Jira itself names its node in X-ANODEID; none without the switch', async () => {
    fake = await startFakeJira();
    expect((await get()).headers['x-anodeid']).toBeUndefined();
    fake.configure({ clusterNodeId: 'node-2' });
    expect((await get()).headers['x-anodeid']).toBe('node-2');
    expect((await get('/status')).headers['x-anodeid']).toBe('node-2');
    expect((await get('/rest/api/2/myself')).headers['x-anodeid']).toBe('node-2');
    await fake.close();
    fake = await startFakeJira({ scenario: 'cluster' });
    expect((await get()).headers['x-anodeid']).toBe('node-1');
  });

  it('answers 200 application/json with a body that is not JSON', async () => {
    fake = await startFakeJira({ scenario: 'invalid-json' });
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json;charset=UTF-8');
    expect(() => JSON.parse(response.body)).toThrow();
  });

  it("answers the vendor's documented body with its trailing comma", async () => {
    fake = await startFakeJira({ scenario: 'trailing-comma' });
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.body).toBe(documentedGetResponse);
    expect(response.body.endsWith('},\n]')).toBe(true);
    expect(() => JSON.parse(response.body)).toThrow();
  });

  it('drops the connection without a response', async () => {
    fake = await startFakeJira({ scenario: 'drop' });
    await expect(get()).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('applies the fault to the next N requests only (faultTimes)', async () => {
    fake = await startFakeJira({ fault: 'proxy-503', faultTimes: 2 });
    const statuses: number[] = [];
    for (let index = 0; index < 3; index += 1) statuses.push((await get()).status);
    expect(statuses).toEqual([503, 503, 200]);
    fake.configure({ fault: 'drop', faultTimes: 1 });
    await expect(get()).rejects.toThrow();
    expect((await get()).status).toBe(200);
  });

  it('leaves non-API paths alone and resets with useScenario', async () => {
    fake = await startFakeJira({ scenario: 'proxy-502' });
    expect((await get('/login.jsp')).status).toBe(200);
    fake.useScenario('default');
    expect((await get()).status).toBe(200);
  });

  it('delays API answers by latencyMs', async () => {
    fake = await startFakeJira({ latencyMs: 300 });
    const started = performance.now();
    expect((await get()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('stalls a request until close(), which returns promptly', async () => {
    fake = await startFakeJira({ scenario: 'stall' });
    const stalled = new Promise<string>((resolve) => {
      const pending = request(
        `${fake?.baseUrl}${associationsPath}?jiraIssueIdOrKey=SUP-42`,
        { agent: false },
        () => resolve('answered'),
      );
      pending.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      pending.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.requests).toHaveLength(1);
    const started = performance.now();
    await fake.close();
    expect(performance.now() - started).toBeLessThan(500);
    expect(await stalled).toBe('ECONNRESET');
  });

  it('close() also ends a request waiting out the slow scenario', async () => {
    fake = await startFakeJira({ scenario: 'slow' });
    const pending = get().catch((error: NodeJS.ErrnoException) => error.code);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await fake.close();
    expect(performance.now() - started).toBeLessThan(500);
    expect(await pending).toBe('ECONNRESET');
  });
});
