import { afterEach, describe, expect, it } from 'vitest';
import type { FakeJira } from '../fake-jira.js';
import { startFakeJira } from '../start-fake-jira.js';
import { associationsPath, jsonHeaders, sendRequest } from '../test-support/send-request.js';

describe('the add-on module and the context path', () => {
  let fake: FakeJira | undefined;
  afterEach(async () => {
    await fake?.close();
  });

  it('answers the REST framework 404 for an unknown sub-path of the module (behaviour 14)', async () => {
    fake = await startFakeJira();
    const url = `${fake.baseUrl}/rest/com.servicerocket.jira.salesforce/1.0/api/external/nothing?x=1`;
    const response = await sendRequest(url, { headers: jsonHeaders(`Bearer ${fake.pat}`) });
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body)).toEqual({ message: `null for uri: ${url}`, 'status-code': 404 });
  });

  it('answers the dead-link page for the whole add-on path when the add-on is missing (behaviour 14)', async () => {
    fake = await startFakeJira({ scenario: 'addon-missing' });
    const response = await sendRequest(`${fake.baseUrl}${associationsPath}?jiraIssueIdOrKey=SUP-42`, {
      headers: jsonHeaders(`Bearer ${fake.pat}`),
    });
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('text/html;charset=UTF-8');
    expect(response.body).toContain("Oops, you've found a dead link.");
  });

  it('answers 401 HTML when the add-on is unlicensed (behaviour 14)', async () => {
    fake = await startFakeJira({ addon: 'unlicensed' });
    const response = await sendRequest(`${fake.baseUrl}${associationsPath}?jiraIssueIdOrKey=SUP-42`, {
      headers: jsonHeaders(`Bearer ${fake.pat}`),
    });
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toBe('text/html;charset=UTF-8');
    expect(response.body).toContain('is not licensed');
  });

  it('serves under a context path and answers the dead link outside it (behaviour 16)', async () => {
    fake = await startFakeJira({ contextPath: '/jira' });
    const origin = new URL(fake.baseUrl).origin;
    expect(fake.baseUrl).toBe(`${origin}/jira`);
    const inside = await sendRequest(`${fake.baseUrl}${associationsPath}?jiraIssueIdOrKey=SUP-42`, {
      headers: jsonHeaders(`Bearer ${fake.pat}`),
    });
    expect(inside.status).toBe(200);
    const outside = await sendRequest(`${origin}${associationsPath}?jiraIssueIdOrKey=SUP-42`, {
      headers: jsonHeaders(`Bearer ${fake.pat}`),
    });
    expect(outside.status).toBe(404);
    expect(outside.body).toContain("Oops, you've found a dead link.");
    expect((await sendRequest(`${origin}/status`)).status).toBe(404);
  });

  it('answers the dead link for other paths, the status page and the login page (behaviour 19)', async () => {
    fake = await startFakeJira({ contextPath: 'jira/' });
    expect(fake.baseUrl.endsWith('/jira')).toBe(true);
    const status = await sendRequest(`${fake.baseUrl}/status`);
    expect(status.status).toBe(200);
    expect(status.headers['content-type']).toBe('application/json;charset=UTF-8');
    expect(JSON.parse(status.body)).toEqual({ state: 'RUNNING' });
    expect((await sendRequest(`${fake.baseUrl}/login.jsp`)).status).toBe(200);
    const other = await sendRequest(`${fake.baseUrl}/rest/api/2/issue/SUP-42`, {
      headers: jsonHeaders(`Bearer ${fake.pat}`),
    });
    expect(other.status).toBe(404);
    expect(other.body).toContain("Oops, you've found a dead link.");
    expect((await sendRequest(`${fake.baseUrl}/secure/Dashboard.jspa`)).status).toBe(404);
  });
});
