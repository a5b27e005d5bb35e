// One test per numbered behaviour of shared/spec/jira-dc-behaviour.md, through the real HTTP stack.
import { describe, expect, it } from 'vitest';
import { basicFor, clientFor, failureOf, fakeJira } from './with-fake.js';

const firstCase = {
  jiraIssueId: '11816',
  son: 'Case',
  soid: '500J80000019IF9IAM',
  viewOnly: false,
  autoPush: true,
  autoPull: true,
};
const secondCase = {
  jiraIssueId: '11817',
  son: 'Case',
  soid: '500J80107019IG9ILM',
  viewOnly: false,
  autoPush: false,
  autoPull: true,
};

describe('Jira DC behaviours', () => {
  it('1: a key with a valid PAT answers the issue’s records; no links answers []', async () => {
    const fake = await fakeJira();
    const client = clientFor(fake);
    expect(await client.listAssociations('SUP-42')).toEqual([firstCase]);
    expect(await client.listAssociations('SUP-44')).toEqual([]);
    const sent = fake.requests.at(-1);
    expect(sent?.query.jiraIssueIdOrKey).toBe('SUP-44');
    expect(sent?.headers.authorization).toBe('[redacted]');
  });

  it('2: a numeric id answers the same records, jiraIssueId always the id string', async () => {
    const fake = await fakeJira();
    const client = clientFor(fake);
    expect(await client.listAssociations('11817')).toEqual([secondCase]);
  });

  it('3: Basic auth answers the same and never replays the session cookies Jira sets', async () => {
    const fake = await fakeJira();
    const client = clientFor(fake, basicFor(fake));
    expect(await client.listAssociations('SUP-42')).toEqual([firstCase]);
    expect(await client.listAssociations('SUP-42')).toEqual([firstCase]);
    expect(fake.requests.every((request) => request.headers.cookie === undefined)).toBe(true);
  });

  it('4: lower-case and moved keys resolve; with the strict switch a lower-case key is still sent upper-case', async () => {
    const fake = await fakeJira({ lowercaseKeys: 'not-found' });
    const client = clientFor(fake);
    expect(await client.listAssociations('sup-42')).toEqual([firstCase]);
    expect(fake.requests.at(-1)?.query.jiraIssueIdOrKey).toBe('SUP-42');
    expect(await client.listAssociations('OLDSUP-7')).toEqual([firstCase]);
  });

  it('5: a bad PAT → UNAUTHORIZED saying to create a new token', async () => {
    const fake = await fakeJira();
    const failure = await failureOf(clientFor(fake, { pat: 'not-a-real-token' }).listAssociations('SUP-42'));
    expect(failure.code).toBe('UNAUTHORIZED');
    expect(failure.message).toContain('rejected the Personal Access Token (HTTP 401) for SUP-42');
    expect(failure.message).toContain('set JIRA_PAT');
  });

  it('6: wrong Basic password → UNAUTHORIZED, then the CAPTCHA lock → FORBIDDEN even with the right password; PAT unaffected', async () => {
    const fake = await fakeJira({ captchaAfter: 2 });
    // Two runs with a wrong password (one client never sends a rejected password twice).
    const first = await failureOf(
      clientFor(fake, basicFor(fake, 'wrong-password')).listAssociations('SUP-42'),
    );
    expect(first.code).toBe('UNAUTHORIZED');
    expect(first.message).toContain('if that password is a Personal Access Token, set it as JIRA_PAT');
    await failureOf(clientFor(fake, basicFor(fake, 'wrong-password')).listAssociations('SUP-42'));
    const locked = await failureOf(clientFor(fake, basicFor(fake)).listAssociations('SUP-42'));
    expect(locked.code).toBe('FORBIDDEN');
    expect(locked.message).toContain('Log in once in a browser to clear the CAPTCHA');
    expect(locked.message).toContain('JIRA_PAT');
    expect(await clientFor(fake).listAssociations('SUP-42')).toEqual([firstCase]);
    fake.resetCaptcha();
    expect(await clientFor(fake, basicFor(fake)).listAssociations('SUP-42')).toEqual([firstCase]);
  });

  it('7: Basic disabled by the admin → UNAUTHORIZED that points to a PAT; PATs still work', async () => {
    const fake = await fakeJira({ basicAuth: 'disabled' });
    const failure = await failureOf(clientFor(fake, basicFor(fake)).listAssociations('SUP-42'));
    expect(failure.code).toBe('UNAUTHORIZED');
    expect(failure.message).toContain('JIRA_PAT');
    expect(await clientFor(fake).listAssociations('SUP-42')).toEqual([firstCase]);
  });

  it('8: an unknown issue → NOT_FOUND (404), and FORBIDDEN when Jira answers 403', async () => {
    const fake = await fakeJira();
    const client = clientFor(fake);
    const missing = await failureOf(client.listAssociations('NOPE-9'));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toMatch(/^Issue NOPE-9 was not found on 127\.0\.0\.1:\d+/);
    fake.configure({ hiddenIssueAnswer: 403 });
    const hidden = await failureOf(client.listAssociations('NOPE-9'));
    expect(hidden.code).toBe('FORBIDDEN');
    expect(hidden.message).toContain('You do not have the permission to see the specified issue.');
  });

  it('9: malformed issue input is refused before any request', async () => {
    const fake = await fakeJira();
    const failure = await failureOf(clientFor(fake).listAssociations('not an issue'));
    expect(failure.code).toBe('INVALID_INPUT');
    expect(fake.requests).toHaveLength(0);
  });

  it('10: POST adds without duplicates, replace sets the exact list, and the answer is read back', async () => {
    const fake = await fakeJira();
    const client = clientFor(fake);
    const account = { son: 'Account', soid: '001000000000001' };
    const added = await client.addAssociations('SUP-42', [
      account,
      { son: 'Case', soid: '500J80000019IF9IAM' },
    ]);
    expect(added.associations.map((association) => association.soid)).toEqual([
      '500J80000019IF9IAM',
      '001000000000001AAA',
    ]);
    const replaced = await client.addAssociations('SUP-42', [account], { replace: true });
    expect(replaced.associations.map((association) => association.soid)).toEqual(['001000000000001AAA']);
    const post = fake.requests.find((request) => request.method === 'POST');
    expect(post?.query).toEqual({ jiraIssueIdOrKey: 'SUP-42', replace: 'false' });
    for (const postResponse of ['empty', 'array'] as const) {
      fake.configure({ postResponse });
      const again = await client.addAssociations('SUP-44', [account]);
      expect(again.associations).toHaveLength(1);
    }
  });

  it('11: over the limit or without edit permission → a clear error and nothing stored', async () => {
    const fake = await fakeJira({ associationLimit: 1 });
    const client = clientFor(fake);
    const tooMany = await failureOf(
      client.addAssociations('SUP-44', [
        { son: 'Account', soid: '001000000000001' },
        { son: 'Account', soid: '001000000000002' },
      ]),
    );
    expect(tooMany.code).toBe('INVALID_INPUT');
    expect(fake.associationsOf('SUP-44')).toEqual([]);
    const locked = await failureOf(
      client.addAssociations('LOCKED-1', [{ son: 'Account', soid: '001000000000001' }]),
    );
    expect(locked.code).toBe('FORBIDDEN');
    expect(locked.message).toContain('permission to edit LOCKED-1');
    expect(fake.associationsOf('LOCKED-1')).toEqual([]);
  });

  it('12: every request carries the JSON, XSRF and non-browser User-Agent headers, so POSTs pass the XSRF check', async () => {
    const fake = await fakeJira();
    const client = clientFor(fake);
    await client.addAssociations('SUP-44', [{ son: 'Account', soid: '001000000000001' }]);
    for (const request of fake.requests) {
      expect(request.headers.accept).toBe('application/json');
      expect(request.headers['x-atlassian-token']).toBe('no-check');
      expect(request.headers['user-agent']).toMatch(/^sf-links\/\d+\.\d+\.\d+$/);
    }
    expect(fake.requests.find((request) => request.method === 'POST')?.headers['content-type']).toBe(
      'application/json',
    );
  });

  it('13: writes are POSTs only and are never retried, even on a 503', async () => {
    const fake = await fakeJira({ fault: 'proxy-503', faultTimes: 1 });
    const client = clientFor(fake, { maxRetries: 3 });
    const failure = await failureOf(
      client.addAssociations('SUP-44', [{ son: 'Account', soid: '001000000000001' }]),
    );
    expect(failure.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(fake.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    expect(fake.requests.every((request) => ['GET', 'POST'].includes(request.method))).toBe(true);
  });

  it('14: add-on missing → ADDON_UNAVAILABLE; unlicensed → ADDON_UNAVAILABLE, not a login problem', async () => {
    const fake = await fakeJira({ addon: 'missing' });
    const client = clientFor(fake);
    const missing = await failureOf(client.listAssociations('SUP-42'));
    expect(missing.code).toBe('ADDON_UNAVAILABLE');
    expect(missing.message).toContain('installed and enabled');
    fake.configure({ addon: 'unlicensed' });
    const unlicensed = await failureOf(client.listAssociations('SUP-42'));
    expect(unlicensed.code).toBe('ADDON_UNAVAILABLE');
    expect(unlicensed.message).toContain('unlicensed');
  });

  it('15: under a rate limit the client waits for Retry-After and succeeds; past its retries → RATE_LIMITED', async () => {
    const fake = await fakeJira({ rateLimit: { capacity: 1, fillRate: 1, intervalSeconds: 1 } });
    const patient = clientFor(fake, { maxRetries: 2 });
    expect(await patient.listAssociations('SUP-42')).toEqual([firstCase]);
    expect(await patient.listAssociations('SUP-42')).toEqual([firstCase]);
    expect(fake.requests.some((request) => request.method === 'GET')).toBe(true);
    const impatient = clientFor(fake, { maxRetries: 0 });
    const failure = await failureOf(impatient.listAssociations('SUP-42'));
    expect(failure.code).toBe('RATE_LIMITED');
    expect(failure.message).toMatch(/Wait \d+ s and try again/);
  });

  it('15: JIRA_MAX_RETRIES=0 retries no 429, not even one met while pacing to the bucket', async () => {
    // Regression: paced 429s were retried up to 50 times whatever JIRA_MAX_RETRIES said.
    const fake = await fakeJira({ rateLimit: { capacity: 1, fillRate: 1, intervalSeconds: 1 } });
    const client = clientFor(fake, { maxRetries: 0 });
    // Both leave together: one takes the only token, the other meets the empty bucket.
    const results = await client.lookupMany(['SUP-42', '11817'], { concurrency: 2 });
    expect(results.map((result) => ('error' in result ? result.error.code : 'ok')).sort()).toEqual([
      'RATE_LIMITED',
      'ok',
    ]);
    expect(fake.requests.filter((request) => request.method === 'GET')).toHaveLength(2);
  });

  it('16: a context path is kept in every URL; without it Jira answers its dead-link page', async () => {
    const fake = await fakeJira({ contextPath: '/jira' });
    expect(await clientFor(fake, { baseUrl: `${fake.baseUrl}/` }).listAssociations('SUP-42')).toEqual([
      firstCase,
    ]);
    expect(fake.requests.at(-1)?.path).toBe(
      '/jira/rest/com.servicerocket.jira.salesforce/1.0/api/external/associations',
    );
    const withoutContext = clientFor(fake, { baseUrl: fake.baseUrl.replace(/\/jira$/, '') });
    const failure = await failureOf(withoutContext.listAssociations('SUP-42'));
    expect(failure.code).toBe('ADDON_UNAVAILABLE');
    expect(failure.message).toContain('context path');
  });

  it('17: an SSO login page (200) or a redirect is never data and the redirect is never followed', async () => {
    const fake = await fakeJira({ fault: 'sso-page' });
    const client = clientFor(fake);
    const page = await failureOf(client.listAssociations('SUP-42'));
    expect(page.code).toBe('UNAUTHORIZED');
    expect(page.message).toContain('login gateway');
    for (const fault of ['sso-redirect-idp', 'sso-redirect-login'] as const) {
      fake.configure({ fault });
      const before = fake.requests.length;
      const redirect = await failureOf(client.listAssociations('SUP-42'));
      expect(redirect.code).toBe('UNAUTHORIZED');
      expect(fake.requests.length - before).toBe(1);
    }
  });

  it('a plain redirect (Jira moved) is INVALID_RESPONSE naming where to point JIRA_BASE_URL, not a login page', async () => {
    // Regression: every 3xx was reported as an SSO login page (UNAUTHORIZED).
    const fake = await fakeJira({ fault: 'moved-redirect', contextPath: '/jira' });
    const client = clientFor(fake);
    const cases = [
      // Another host.
      ['https://jira-new.example.com', 'https://jira-new.example.com'],
      // http → https on the same host and context path.
      [fake.baseUrl.replace(/^http:/, 'https:'), fake.baseUrl.replace(/^http:/, 'https:')],
      // Another context path.
      [fake.baseUrl.replace(/\/jira$/, '/tools/jira'), fake.baseUrl.replace(/\/jira$/, '/tools/jira')],
    ];
    for (const [movedTo, suggested] of cases) {
      fake.configure({ movedTo });
      const before = fake.requests.length;
      const moved = await failureOf(client.listAssociations('SUP-42'));
      expect(fake.requests.length - before).toBe(1);
      expect(moved.code).toBe('INVALID_RESPONSE');
      expect(moved.status).toBe(301);
      expect(moved.message).toBe(
        `Jira at ${new URL(fake.baseUrl).host} redirected the request for SUP-42 to ${movedTo}/rest/com.servicerocket.jira.salesforce/1.0/api/external/associations (HTTP 301); sf-links never follows redirects, so that credentials go only where JIRA_BASE_URL says. If Jira now lives there, set JIRA_BASE_URL=${suggested}.`,
      );
      expect(moved.message).not.toContain('jiraIssueIdOrKey');
      expect(moved.message).not.toContain('login');
    }
    fake.configure({ movedTo: 'https://jira-new.example.com/jira' });
    const doctor = await failureOf(client.whoAmI());
    expect(doctor.code).toBe('INVALID_RESPONSE');
    expect(doctor.message).toContain('set JIRA_BASE_URL=https://jira-new.example.com/jira.');
    // The SSO redirects of behaviour 17 stay login pages.
    for (const fault of ['sso-redirect-idp', 'sso-redirect-login'] as const) {
      fake.configure({ fault });
      const sso = await failureOf(client.listAssociations('SUP-42'));
      expect(sso.code).toBe('UNAUTHORIZED');
      expect(sso.message).toContain('login gateway');
    }
  });

  it('18: proxy errors are retried then reported; a stall times out; a drop is a reset', async () => {
    const fake = await fakeJira({ fault: 'proxy-502', faultTimes: 1 });
    const client = clientFor(fake, { maxRetries: 1, timeoutMs: 300 });
    expect(await client.listAssociations('SUP-42')).toEqual([firstCase]);
    fake.configure({ fault: 'proxy-504', faultTimes: null });
    expect((await failureOf(client.listAssociations('SUP-42'))).code).toBe('UPSTREAM_UNAVAILABLE');
    fake.configure({ fault: 'stall' });
    const stalled = await failureOf(client.listAssociations('SUP-42'));
    expect(stalled.code).toBe('TIMEOUT');
    expect(stalled.message).toContain('JIRA_TIMEOUT_MS');
    fake.configure({ fault: 'drop' });
    const dropped = await failureOf(client.listAssociations('SUP-42'));
    expect(dropped.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(dropped.message).toContain('while looking up SUP-42');
  });

  it('19: maintenance (503) → UPSTREAM_UNAVAILABLE saying to try again later', async () => {
    const fake = await fakeJira({ fault: 'maintenance' });
    const failure = await failureOf(clientFor(fake, { maxRetries: 0 }).listAssociations('SUP-42'));
    expect(failure.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(failure.message).toContain('try again in a few minutes');
  });

  it('19: a Jira still starting (503) is retried until up, else UPSTREAM_UNAVAILABLE', async () => {
    const fake = await fakeJira({ fault: 'starting', faultTimes: 1 });
    expect(await clientFor(fake, { maxRetries: 1 }).listAssociations('SUP-42')).toEqual([firstCase]);
    fake.configure({ faultTimes: null });
    const failure = await failureOf(clientFor(fake, { maxRetries: 0 }).listAssociations('SUP-42'));
    expect(failure.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(failure.message).toContain('HTTP 503');
  });

  it('on a cluster node (X-ANODEID) everything works the same', async () => {
    const fake = await fakeJira({ scenario: 'cluster' });
    expect(await clientFor(fake).listAssociations('SUP-42')).toEqual([firstCase]);
  });

  it('20: myself tells who the credentials belong to; a bad PAT → UNAUTHORIZED', async () => {
    const fake = await fakeJira();
    expect(await clientFor(fake).whoAmI()).toEqual({
      name: 'demo',
      displayName: 'Demo User',
      emailAddress: 'demo@example.com',
    });
    expect((await failureOf(clientFor(fake, { pat: 'revoked' }).whoAmI())).code).toBe('UNAUTHORIZED');
    await expect(clientFor(fake).probeAddon()).resolves.toBeUndefined();
    fake.configure({ addon: 'missing' });
    expect((await failureOf(clientFor(fake).probeAddon())).code).toBe('ADDON_UNAVAILABLE');
  });

  it('21: soid is returned exactly as stored, a wrong checksum included', async () => {
    const fake = await fakeJira();
    const [record] = await clientFor(fake).listAssociations('SUP-43');
    expect(record?.soid).toBe('500J80107019IG9ILM');
  });
});

// Found by a new-user trial of `sf-links doctor` and the lookup against the fake's scenarios.
describe('regressions: the add-on probe, /myself and a 403 for an unknown issue', () => {
  it('the probe took a 403 ErrorCollection for an unknown issue (not-found-as-403) as a refused add-on', async () => {
    const fake = await fakeJira({ hiddenIssueAnswer: 403 });
    await expect(clientFor(fake).probeAddon()).resolves.toBeUndefined();
    // A dead-link page still means the add-on is missing, whatever the hidden-issue answer.
    fake.configure({ addon: 'missing' });
    expect((await failureOf(clientFor(fake).probeAddon())).code).toBe('ADDON_UNAVAILABLE');
  });

  it('the probe of an unlicensed add-on said it "refused <host>", where an issue belongs', async () => {
    const fake = await fakeJira({ addon: 'unlicensed' });
    const failure = await failureOf(clientFor(fake).probeAddon());
    expect(failure.code).toBe('ADDON_UNAVAILABLE');
    expect(failure.message).toMatch(
      /^The Connector for Salesforce & Jira on 127\.0\.0\.1:\d+ refused to answer although the login worked \(HTTP 401\)\./,
    );
    expect(failure.message).not.toMatch(/refused 127\.0\.0\.1/);
    expect(failure.message).toContain('Manage apps');
  });

  it.each(['invalid-json', 'trailing-comma'] as const)(
    'an unreadable /myself answer (%s) blamed the add-on, which /myself does not involve',
    async (fault) => {
      const fake = await fakeJira({ fault });
      const failure = await failureOf(clientFor(fake).whoAmI());
      expect(failure.code).toBe('INVALID_RESPONSE');
      expect(failure.message).not.toContain('add-on');
      expect(failure.message).toContain(
        'JIRA_BASE_URL may not point at Jira itself: a proxy or another application seems to answer there.',
      );
      // The lookup of an issue still suspects the add-on's version.
      const lookup = await failureOf(clientFor(fake).listAssociations('SUP-42'));
      expect(lookup.message).toContain('the add-on may be a version sf-links does not know');
    },
  );

  it('a 403 for an issue that does not exist (behaviour 8 switch) read only as a missing permission', async () => {
    const fake = await fakeJira({ hiddenIssueAnswer: 403 });
    const failure = await failureOf(clientFor(fake).listAssociations('NOPE-1'));
    expect(failure.code).toBe('FORBIDDEN');
    expect(failure.message).toMatch(
      /^Issue NOPE-1 does not exist on 127\.0\.0\.1:\d+, or the account of these credentials is not allowed to see it \(HTTP 403\)\. Jira said: "You do not have the permission to see the specified issue\."\. Check the issue key; if it is right, ask a Jira admin to grant this account permission to browse the issue\.$/,
    );
  });
});
