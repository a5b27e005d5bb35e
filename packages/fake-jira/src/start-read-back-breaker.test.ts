import { afterEach, describe, expect, it } from 'vitest';
import type { FakeJira } from './fake-jira.js';
import { startFakeJira } from './start-fake-jira.js';
import { type ReadBackBreaker, startReadBackBreaker } from './start-read-back-breaker.js';
import { associationsPath, jsonHeaders, sendRequest } from './test-support/send-request.js';

describe('startReadBackBreaker', () => {
  let fake: FakeJira;
  let breaker: ReadBackBreaker;
  afterEach(async () => {
    await breaker.close();
    await fake.close();
  });

  it('passes requests through until a POST succeeds, then answers every GET with broken JSON', async () => {
    fake = await startFakeJira({ contextPath: '/jira' });
    breaker = await startReadBackBreaker(fake.baseUrl);
    expect(breaker.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/jira$/);
    const url = `${breaker.baseUrl}${associationsPath}?jiraIssueIdOrKey=SUP-44`;
    const headers = jsonHeaders(`Bearer ${fake.pat}`);
    const before = await sendRequest(url, { headers });
    expect(before.status).toBe(200);
    expect(JSON.parse(before.body)).toEqual([]);

    const posted = await sendRequest(`${url}&replace=false`, {
      method: 'POST',
      headers,
      body: '[{"son":"Account","soid":"001000000000001AAA"}]',
    });
    expect(posted.status).toBe(200);
    expect(fake.associationsOf('SUP-44').map((association) => association.soid)).toEqual([
      '001000000000001AAA',
    ]);

    const after = await sendRequest(url, { headers });
    expect(after.status).toBe(200);
    expect(after.body).toBe('{"broken');
  });
});
