import { describe, expect, it } from 'vitest';
import { classifyFailure } from './classify-failure.js';
import type { FailureContext } from './failure-context.js';

const context: FailureContext = {
  operation: 'list',
  host: 'jira.example.com',
  baseUrl: 'http://jira.example.com/jira',
  issue: 'SUP-42',
  authKind: 'pat',
  redact: (text) => text,
};
const redirect = (location: string | undefined, status = 302) =>
  classifyFailure(
    { status, headers: location === undefined ? {} : { location }, body: '<html>Found</html>' },
    context,
  );

describe('classifyFailure: redirects (regression: every 3xx was reported as an SSO login page)', () => {
  it.each([
    'http://jira.example.com/jira/login.jsp?os_destination=%2Frest%2Fx',
    '/jira/login.jsp?os_destination=%2Frest%2Fx',
    'https://idp.example.com/saml2/sso?RelayState=x',
    'https://login.microsoftonline.com/tenant-id/saml2?SAMLRequest=abc',
    'https://acme.okta.com/app/acme_jira_1/exk1/sso/saml',
    'https://keycloak.example.com/realms/acme/protocol/openid-connect/auth?client_id=jira',
    'https://adfs.example.com/adfs/ls/?SAMLRequest=abc',
    'https://cas.example.com/cas/login?service=x',
    'https://jira.example.com/jira/plugins/servlet/samlsso?redirectTo=%2F',
    'https://jira.example.com/jira/plugins/servlet/external-login',
    'https://sso.example.com/',
    'https://portal.example.com/oauth2/authorize?client_id=jira&redirect_uri=x',
  ])('a redirect to %s is a login gateway: UNAUTHORIZED', (location) => {
    const error = redirect(location);
    expect(error.code).toBe('UNAUTHORIZED');
    expect(error.message).toContain('login gateway');
  });

  it('a redirect without a Location stays a login gateway (the usual case, behaviour 17)', () => {
    expect(redirect(undefined).code).toBe('UNAUTHORIZED');
  });

  it.each([
    [
      'http → https',
      'https://jira.example.com/jira/rest/com.servicerocket.jira.salesforce/1.0/api/external/associations?jiraIssueIdOrKey=SUP-42',
      'https://jira.example.com/jira',
    ],
    ['a new host', 'https://jira.new.example.com/rest/api/2/myself', 'https://jira.new.example.com'],
    [
      'a new context path, relative',
      '/tools/jira/rest/com.servicerocket.jira.salesforce/1.0/api/external/associations?jiraIssueIdOrKey=SUP-42',
      'http://jira.example.com/tools/jira',
    ],
    ['somewhere that is no API path', 'https://wiki.example.com/moved/', 'https://wiki.example.com/moved'],
  ])(
    'a redirect for %s is INVALID_RESPONSE naming the target and the JIRA_BASE_URL to set',
    (_what, location, base) => {
      const error = redirect(location, 301);
      expect(error.code).toBe('INVALID_RESPONSE');
      const target = new URL(location, context.baseUrl);
      expect(error.message).toContain(
        `redirected the request for SUP-42 to ${target.origin}${target.pathname} (HTTP 301)`,
      );
      expect(error.message).toContain(`set JIRA_BASE_URL=${base}.`);
      // The query may carry tokens: never shown.
      expect(error.message).not.toContain('?');
    },
  );

  it('credentials inside a Location are never shown', () => {
    const error = redirect('https://ann:hunter22@jira.new.example.com/rest/api/2/myself?token=s3cret', 308);
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.message).not.toMatch(/hunter22|s3cret|ann/);
  });
});

describe('classifyFailure: failures without an issue (regression: doctor read "permission to see <host>")', () => {
  const forbiddenPage = { status: 403, headers: {}, body: '<html><title>Forbidden</title></html>' };

  it('a 403 page on the add-on probe names the add-on endpoint, not a permission to see the host', () => {
    const error = classifyFailure(forbiddenPage, { ...context, operation: 'probe', issue: undefined });
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(
      /^Jira at jira\.example\.com refused access to the Connector for Salesforce & Jira's endpoint \(HTTP 403\)\./,
    );
    expect(error.message).not.toContain('permission to see');
  });

  it('a 403 on /myself says Jira refused to tell who the credentials belong to', () => {
    const error = classifyFailure(forbiddenPage, { ...context, operation: 'myself', issue: undefined });
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(
      /^Jira at jira\.example\.com refused to say who these credentials belong to/,
    );
  });

  it('a 403 on a write still says the account may not edit the issue', () => {
    const error = classifyFailure(forbiddenPage, { ...context, operation: 'add' });
    expect(error.message).toMatch(
      /^You do not have permission to edit SUP-42 on jira\.example\.com \(HTTP 403\)/,
    );
  });
});
