import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeJira } from '../fake-jira.js';
import { startFakeJira } from '../start-fake-jira.js';
import { associationsPath, basic, sendRequest } from '../test-support/send-request.js';

const notAuthenticated = {
  message: 'Client must be authenticated to access this resource.',
  'status-code': 401,
};

describe('authentication', () => {
  let fake: FakeJira;
  const get = (authorization?: string, path = `${associationsPath}?jiraIssueIdOrKey=SUP-42`) =>
    sendRequest(`${fake.baseUrl}${path}`, {
      headers: {
        Accept: 'application/json',
        ...(authorization === undefined ? {} : { Authorization: authorization }),
      },
    });

  beforeEach(async () => {
    fake = await startFakeJira({ contextPath: '/jira' });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('accepts Basic and sets the session cookies (behaviour 3)', async () => {
    const response = await get(basic(fake.username, fake.password));
    expect(response.status).toBe(200);
    expect(response.headers['x-ausername']).toBe('demo');
    expect(response.headers['x-seraph-loginreason']).toBe('OK');
    const cookies = response.headers['set-cookie'] ?? [];
    expect(cookies).toHaveLength(2);
    expect(cookies[0]).toMatch(/^JSESSIONID=[0-9A-F]{32}; Path=\/jira; HttpOnly$/);
    expect(cookies[1]).toMatch(/^atlassian\.xsrf\.token=[0-9A-F]+_lin; Path=\/jira$/);
    expect(JSON.parse(response.body)[0].soid).toBe('500J80000019IF9IAM');
  });

  it.each([
    ['a wrong PAT', 'Bearer not-the-token'],
    ['an empty Bearer', 'Bearer'],
    ['an unknown scheme', 'Negotiate abc'],
    ['no Authorization header', undefined],
  ])('answers 401 JSON with X-AUSERNAME anonymous for %s (behaviour 5)', async (_name, authorization) => {
    const response = await get(authorization);
    expect(response.status).toBe(401);
    expect(response.headers['x-ausername']).toBe('anonymous');
    expect(response.headers['x-seraph-loginreason']).toBeUndefined();
    expect(response.headers['content-type']).toBe('application/json;charset=UTF-8');
    expect(JSON.parse(response.body)).toEqual(notAuthenticated);
  });

  it('answers the 401 in XML when Accept does not name JSON', async () => {
    const response = await sendRequest(`${fake.baseUrl}${associationsPath}?jiraIssueIdOrKey=SUP-42`);
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toBe('application/xml;charset=UTF-8');
    expect(response.body).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><status><status-code>401</status-code>' +
        '<message>Client must be authenticated to access this resource.</message></status>',
    );
  });

  it('answers a wrong password with 401 HTML and AUTHENTICATED_FAILED (behaviour 6)', async () => {
    const response = await get(basic('demo', 'wrong'));
    expect(response.status).toBe(401);
    expect(response.headers['x-seraph-loginreason']).toBe('AUTHENTICATED_FAILED');
    expect(response.headers['www-authenticate']).toBe(`OAuth realm="${encodeURIComponent(fake.baseUrl)}"`);
    expect(response.headers['content-type']).toBe('text/html;charset=UTF-8');
    expect(response.body).toContain('Basic Authentication Failure - Reason : AUTHENTICATED_FAILED');
  });

  it('locks Basic behind a CAPTCHA after 3 failures until the admin reset; PATs still work (behaviour 6)', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1)
      expect((await get(basic('demo', 'wrong'))).status).toBe(401);
    const locked = await get(basic(fake.username, fake.password));
    expect(locked.status).toBe(403);
    expect(locked.headers['x-authentication-denied-reason']).toBe(
      `CAPTCHA_CHALLENGE; login-url=${fake.baseUrl}/login.jsp`,
    );
    expect(locked.headers['content-type']).toBe('text/html;charset=UTF-8');
    expect((await get(basic('demo', 'wrong'))).status).toBe(403);
    expect((await get(`Bearer ${fake.pat}`)).status).toBe(200);
    fake.resetCaptcha();
    expect((await get(basic(fake.username, fake.password))).status).toBe(200);
  });

  it('honours captchaAfter and resets the failure count on a successful login', async () => {
    fake.configure({ captchaAfter: 2 });
    expect((await get(basic('demo', 'wrong'))).status).toBe(401);
    expect((await get(basic(fake.username, fake.password))).status).toBe(200);
    expect((await get(basic('demo', 'wrong'))).status).toBe(401);
    expect((await get(basic('demo', 'wrong'))).status).toBe(401);
    expect((await get(basic(fake.username, fake.password))).status).toBe(403);
  });

  it('answers 401 to Basic when the admin disabled it, while PATs work (behaviour 7)', async () => {
    fake.configure({ basicAuth: 'disabled' });
    const response = await get(basic(fake.username, fake.password));
    expect(response.status).toBe(401);
    expect(response.headers['x-ausername']).toBe('anonymous');
    expect(response.body).toContain('Basic authentication is disabled');
    expect((await get(`Bearer ${fake.pat}`)).status).toBe(200);
  });

  it('answers /rest/api/2/myself for PAT and Basic, 401 for a bad PAT (behaviour 20)', async () => {
    for (const authorization of [`Bearer ${fake.pat}`, basic(fake.username, fake.password)]) {
      const response = await get(authorization, '/rest/api/2/myself');
      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toEqual({
        self: `${fake.baseUrl}/rest/api/2/user?username=demo`,
        key: 'JIRAUSER10000',
        name: 'demo',
        emailAddress: 'demo@example.com',
        displayName: 'Demo User',
        active: true,
        deleted: false,
        timeZone: 'Europe/London',
        locale: 'en_UK',
      });
    }
    const bad = await get('Bearer nope', '/rest/api/2/myself');
    expect(bad.status).toBe(401);
    expect(JSON.parse(bad.body)).toEqual(notAuthenticated);
  });

  it('gives each instance its own PAT and password', async () => {
    const other = await startFakeJira();
    try {
      expect(other.pat).not.toBe(fake.pat);
      expect(other.pat).toMatch(/^[A-Za-z0-9+/]{44}$/);
      expect(other.username).toBe('demo');
    } finally {
      await other.close();
    }
  });
});
