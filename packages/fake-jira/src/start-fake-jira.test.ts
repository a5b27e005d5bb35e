import { afterEach, describe, expect, it } from 'vitest';
import type { FakeJira } from './fake-jira.js';
import * as publicApi from './index.js';
import { fakeJiraScenarioNames } from './scenarios.js';
import { startFakeJira } from './start-fake-jira.js';
import { associationsPath, basic, jsonHeaders, sendRequest } from './test-support/send-request.js';
import * as testingApi from './testing.js';

describe('startFakeJira', () => {
  const fakes: FakeJira[] = [];
  const start = async (...parameters: Parameters<typeof startFakeJira>) => {
    const fake = await startFakeJira(...parameters);
    fakes.push(fake);
    return fake;
  };
  afterEach(async () => {
    await Promise.all(fakes.splice(0).map((fake) => fake.close()));
  });

  it('exports exactly the planned public API', () => {
    expect(Object.keys(publicApi).sort()).toEqual([
      'createLargeIssues',
      'demoIssues',
      'fakeJiraScenarioNames',
      'startFakeJira',
    ]);
    expect(Object.keys(testingApi).sort()).toEqual([
      'createTestCertificates',
      'startConnectProxy',
      'startPassThrough',
      'startReadBackBreaker',
    ]);
  });

  it('listens on a random loopback port and exposes credentials', async () => {
    const fake = await start();
    expect(fake.baseUrl).toBe(`http://127.0.0.1:${fake.port}`);
    expect(fake.port).toBeGreaterThan(0);
    expect(fake.username).toBe('demo');
    expect(fake.password).toMatch(/^demo-[0-9a-f]{12}$/);
  });

  it('lists every seeded issue in demoIssues, each answering GET', async () => {
    expect(publicApi.demoIssues.map((issue) => [issue.id, issue.key])).toEqual([
      ['11816', 'SUP-42'],
      ['11817', 'SUP-43'],
      ['11818', 'SUP-44'],
      ['11819', 'LOCKED-1'],
      ['11820', 'SF_2-7'],
    ]);
    const fake = await start();
    for (const issue of publicApi.demoIssues) {
      const response = await sendRequest(`${fake.baseUrl}${associationsPath}?jiraIssueIdOrKey=${issue.key}`, {
        headers: jsonHeaders(`Bearer ${fake.pat}`),
      });
      expect(response.status).toBe(200);
    }
  });

  it('gives each instance a fresh copy of the seed', async () => {
    const first = await start();
    await sendRequest(`${first.baseUrl}${associationsPath}?jiraIssueIdOrKey=SUP-42&replace=true`, {
      method: 'POST',
      headers: jsonHeaders(`Bearer ${first.pat}`),
      body: '[]',
    });
    expect(first.associationsOf('SUP-42')).toEqual([]);
    const second = await start();
    expect(second.associationsOf('SUP-42')).toHaveLength(1);
  });

  it('records every request in order, with secrets redacted', async () => {
    const fake = await start({ contextPath: '/jira' });
    await sendRequest(`${fake.baseUrl}${associationsPath}?jiraIssueIdOrKey=SUP-44&replace=false`, {
      method: 'POST',
      headers: { ...jsonHeaders(basic(fake.username, fake.password)), Cookie: 'JSESSIONID=secret' },
      body: '[{"son":"Case","soid":"500J80000019IF9IAM"}]',
    });
    await sendRequest(`${fake.baseUrl}/status`);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[0]).toEqual({
      method: 'POST',
      path: `/jira${associationsPath}`,
      query: { jiraIssueIdOrKey: 'SUP-44', replace: 'false' },
      headers: expect.objectContaining({
        authorization: '[redacted]',
        cookie: '[redacted]',
        'x-atlassian-token': 'no-check',
        'content-type': 'application/json',
      }),
      body: '[{"son":"Case","soid":"500J80000019IF9IAM"}]',
    });
    expect(fake.requests[1]).toMatchObject({ method: 'GET', path: '/jira/status', query: {}, body: '' });
    expect(JSON.stringify(fake.requests)).not.toContain(fake.password);
  });

  it('applies the scenario first, then explicit switches', async () => {
    const fake = await start({ scenario: 'proxy-503', faultTimes: 1 });
    const url = `${fake.baseUrl}/rest/api/2/myself`;
    expect((await sendRequest(url, { headers: jsonHeaders(`Bearer ${fake.pat}`) })).status).toBe(503);
    expect((await sendRequest(url, { headers: jsonHeaders(`Bearer ${fake.pat}`) })).status).toBe(200);
  });

  it('knows every scenario name and refuses unknown ones', async () => {
    expect(fakeJiraScenarioNames).toHaveLength(21);
    const fake = await start();
    for (const name of fakeJiraScenarioNames) fake.useScenario(name);
    expect(() => fake.useScenario('nope' as never)).toThrow(/Unknown fake-jira scenario: nope/);
    await expect(startFakeJira({ scenario: 'nope' as never })).rejects.toThrow(TypeError);
  });

  it('refuses to seed an issue with a non-numeric id', async () => {
    const fake = await start();
    expect(() => fake.seedIssue({ id: 'x', key: 'A-1' })).toThrow(TypeError);
  });

  it('close() is idempotent', async () => {
    const fake = await startFakeJira();
    await fake.close();
    await fake.close();
  });
});
