// The credential tests' rules, judged as n8n judges them (first `responseSuccessBody` rule whose
// `key` in the parsed body equals `value` fails the test) against the fake's real answers. Every
// rule must be reachable by some answer of Jira: a rule no answer can trigger is dead code that
// promises a message nobody sees.
import { type FakeJira, startFakeJira } from '@sf-links/fake-jira';
import type { ICredentialTestRequest, ICredentialType } from 'n8n-workflow';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SfLinksJiraBasicApi } from '../credentials/SfLinksJiraBasicApi.credentials';
import { SfLinksJiraPatApi } from '../credentials/SfLinksJiraPatApi.credentials';

let fake: FakeJira;
beforeAll(async () => {
  fake = await startFakeJira({ port: 0, contextPath: '/jira' });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.useScenario('default');
  fake.resetCaptcha();
});

type Rule = { properties: { key: string; value: unknown; message: string } };
const matched = new Map<string, Set<number>>();

/** Sends the test request (baseURL template as n8n resolves it) and applies the rules. */
async function credentialTest(
  type: ICredentialType,
  baseUrl: string,
  authorization: string,
): Promise<{ status: 'OK' } | { status: 'Error'; message: string }> {
  const test = type.test as ICredentialTestRequest;
  expect(test.request.baseURL).toBe('={{ $credentials.baseUrl.trim().replace(/\\/+$/, "") }}');
  const response = await fetch(`${baseUrl.trim().replace(/\/+$/, '')}${test.request.url}`, {
    method: test.request.method,
    headers: { ...(test.request.headers as Record<string, string>), authorization },
    redirect: 'manual',
  });
  const text = await response.text();
  // axios (under n8n's helper) parses a JSON body and leaves anything else a string.
  const body: unknown = (() => {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  })();
  const rules = (test.rules ?? []) as Rule[];
  for (const [index, rule] of rules.entries()) {
    const actual =
      body && typeof body === 'object' ? (body as Record<string, unknown>)[rule.properties.key] : undefined;
    if (actual === rule.properties.value) {
      if (!matched.has(type.name)) matched.set(type.name, new Set());
      matched.get(type.name)?.add(index);
      return { status: 'Error', message: rule.properties.message };
    }
  }
  return { status: 'OK' };
}

const basic = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

describe('credential test rules', () => {
  it('PAT: OK for the right token; a rejected token and a wrong Base URL each get their message', async () => {
    const pat = new SfLinksJiraPatApi();
    expect(await credentialTest(pat, `${fake.baseUrl}/`, `Bearer ${fake.pat}`)).toEqual({ status: 'OK' });
    expect(await credentialTest(pat, fake.baseUrl, 'Bearer not-the-pat')).toEqual({
      status: 'Error',
      message: expect.stringMatching(/^Jira rejected the Personal Access Token \(HTTP 401\)/),
    });
    const notLoggedIn =
      /^Jira did not answer as a logged-in user\. Check the Base URL.*check the Personal Access Token\.$/;
    expect(await credentialTest(pat, fake.baseUrl.replace(/\/jira$/, ''), `Bearer ${fake.pat}`)).toEqual({
      status: 'Error',
      message: expect.stringMatching(notLoggedIn),
    });
    fake.useScenario('sso-page');
    expect(await credentialTest(pat, fake.baseUrl, `Bearer ${fake.pat}`)).toMatchObject({
      message: expect.stringMatching(notLoggedIn),
    });
    expect([...(matched.get(pat.name) ?? [])].sort()).toEqual(
      (pat.test?.rules ?? []).map((_, index) => index),
    );
  });

  it('Basic: OK for the right password; a wrong one, the CAPTCHA and disabled logins (all HTML) get the one message that names them', async () => {
    const type = new SfLinksJiraBasicApi();
    expect(await credentialTest(type, fake.baseUrl, basic(fake.username, fake.password))).toEqual({
      status: 'OK',
    });
    const message =
      /^Jira did not answer as a logged-in user\. Check the Base URL.*check the username and password\. .*CAPTCHA/;
    expect(await credentialTest(type, fake.baseUrl, basic(fake.username, 'wrong'))).toEqual({
      status: 'Error',
      message: expect.stringMatching(message),
    });
    await credentialTest(type, fake.baseUrl, basic(fake.username, 'wrong'));
    await credentialTest(type, fake.baseUrl, basic(fake.username, 'wrong'));
    // Locked now: even the right password gets the CAPTCHA page (HTTP 403, HTML).
    expect(await credentialTest(type, fake.baseUrl, basic(fake.username, fake.password))).toMatchObject({
      message: expect.stringMatching(message),
    });
    fake.resetCaptcha();
    fake.useScenario('basic-disabled');
    expect(await credentialTest(type, fake.baseUrl, basic(fake.username, fake.password))).toMatchObject({
      message: expect.stringMatching(message),
    });
    expect([...(matched.get(type.name) ?? [])].sort()).toEqual(
      (type.test?.rules ?? []).map((_, index) => index),
    );
  });
});
