import { ApiError } from '../errors/api-error.js';
import type { ErrorCode } from '../errors/error-code.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import type { SfLinksError } from '../errors/sf-links-error.js';
import type { HttpResponse } from '../http/http-types.js';
import { parseRetryAfter } from '../http/retry-after.js';
import type { FailureContext } from './failure-context.js';
import { looksLikeLoginPage, readErrorMessage, readJsonBody } from './read-body.js';

function subject(context: FailureContext): string {
  return context.issue ? `${context.issue} on ${context.host}` : context.host;
}

function forIssue(context: FailureContext): string {
  return context.issue ? ` for ${context.issue}` : '';
}

function quote(response: HttpResponse, context: FailureContext): string {
  const message = readErrorMessage(response);
  return message ? ` Jira said: "${context.redact(message)}".` : '';
}

function apiError(
  response: HttpResponse,
  context: FailureContext,
  code: ErrorCode,
  detail: string,
  hint: string,
): ApiError {
  return new ApiError({
    code,
    status: response.status,
    detail,
    hint,
    issue: context.issue,
    host: context.host,
    retryAfterSeconds: parseRetryAfter(response.headers['retry-after']),
  });
}

const ssoHint =
  'JIRA_BASE_URL seems to point at a login gateway (SSO): use the address that reaches Jira itself, and a PAT (JIRA_PAT).';

function unauthorized(response: HttpResponse, context: FailureContext): SfLinksError {
  const authenticatedAs = response.headers['x-ausername'];
  // An authenticated user refused on the add-on's path: the add-on is unlicensed, not the login.
  if (context.operation !== 'myself' && authenticatedAs && authenticatedAs !== 'anonymous') {
    // Without an issue (doctor's probe) there is only the host to name, and it was not refused.
    const refused = context.issue
      ? `The Connector for Salesforce & Jira refused ${subject(context)}`
      : `The Connector for Salesforce & Jira on ${context.host} refused to answer`;
    return apiError(
      response,
      context,
      'ADDON_UNAVAILABLE',
      `${refused} although the login worked (HTTP 401).${quote(response, context)}`,
      'The add-on may be unlicensed or disabled: ask your Jira admin to check it under Manage apps.',
    );
  }
  if (context.authKind === 'pat') {
    return apiError(
      response,
      context,
      'UNAUTHORIZED',
      `Jira at ${context.host} rejected the Personal Access Token (HTTP 401)${forIssue(context)}.`,
      'The token is wrong, expired or revoked: create a new one in Jira under Profile → Personal Access Tokens and set JIRA_PAT.',
    );
  }
  const wrongPassword = response.headers['x-seraph-loginreason']?.includes('AUTHENTICATED_FAILED');
  return apiError(
    response,
    context,
    'UNAUTHORIZED',
    wrongPassword
      ? `Jira at ${context.host} rejected the username or password (HTTP 401)${forIssue(context)}.`
      : `Jira at ${context.host} refused Basic authentication (HTTP 401)${forIssue(context)}; the admin may have disabled it.`,
    'Check JIRA_USERNAME and JIRA_PASSWORD; if that password is a Personal Access Token, set it as JIRA_PAT instead. After 3 failures Jira asks for a CAPTCHA.',
  );
}

function forbidden(response: HttpResponse, context: FailureContext): SfLinksError {
  if (/CAPTCHA/i.test(response.headers['x-authentication-denied-reason'] ?? '')) {
    return apiError(
      response,
      context,
      'FORBIDDEN',
      `Jira at ${context.host} locked this user's password logins behind a CAPTCHA after failed attempts (HTTP 403)${forIssue(context)}.`,
      'Log in once in a browser to clear the CAPTCHA, or use a Personal Access Token (JIRA_PAT), which is never locked.',
    );
  }
  if (/XSRF check failed/i.test(response.body)) {
    return apiError(
      response,
      context,
      'FORBIDDEN',
      `Jira at ${context.host} refused the request${forIssue(context)} as a possible XSRF attack (HTTP 403).`,
      'A proxy between you and Jira may strip the X-Atlassian-Token header: ask your network team, or report it.',
    );
  }
  if (context.operation === 'list' && context.issue) {
    // Some Jiras answer 403, not 404, for an issue that does not exist (behaviour 8): both are possible.
    return apiError(
      response,
      context,
      'FORBIDDEN',
      `Issue ${context.issue} does not exist on ${context.host}, or the account of these credentials is not allowed to see it (HTTP 403).${quote(response, context)}`,
      'Check the issue key; if it is right, ask a Jira admin to grant this account permission to browse the issue.',
    );
  }
  if (context.operation === 'probe') {
    return apiError(
      response,
      context,
      'FORBIDDEN',
      `Jira at ${context.host} refused access to the Connector for Salesforce & Jira's endpoint (HTTP 403).${quote(response, context)}`,
      'Ask a Jira admin whether this account may use the add-on, and whether a proxy in front of Jira blocks its path.',
    );
  }
  if (context.operation === 'myself') {
    return apiError(
      response,
      context,
      'FORBIDDEN',
      `Jira at ${context.host} refused to say who these credentials belong to (HTTP 403).${quote(response, context)}`,
      'Ask a Jira admin to check that the account of these credentials is active and may use the REST API.',
    );
  }
  const action = context.operation === 'add' ? 'edit' : 'see';
  return apiError(
    response,
    context,
    'FORBIDDEN',
    `You do not have permission to ${action} ${subject(context)} (HTTP 403).${quote(response, context)}`,
    `Ask a Jira admin to grant the account of these credentials permission to ${action === 'edit' ? 'edit' : 'browse'} the issue.`,
  );
}

function notFound(response: HttpResponse, context: FailureContext): SfLinksError {
  const json = readJsonBody(response);
  const errorCollection =
    json && typeof json.value === 'object' && json.value !== null && 'errorMessages' in json.value;
  if (errorCollection && context.issue) {
    return apiError(
      response,
      context,
      'NOT_FOUND',
      `Issue ${context.issue} was not found on ${context.host}, or these credentials cannot see it (HTTP 404).`,
      'Check the issue key, and that the account of these credentials can browse it.',
    );
  }
  if (context.operation === 'myself') {
    return apiError(
      response,
      context,
      'NOT_FOUND',
      `Jira's REST API was not found at ${context.host} (HTTP 404).`,
      'Check JIRA_BASE_URL, including the context path (e.g. https://example.com/jira).',
    );
  }
  return apiError(
    response,
    context,
    'ADDON_UNAVAILABLE',
    `The Connector for Salesforce & Jira endpoint was not found on ${context.host} (HTTP 404).${quote(response, context)}`,
    'Check that the add-on is installed and enabled (Manage apps), and that JIRA_BASE_URL includes the context path if Jira has one.',
  );
}

// Words of login pages and identity providers in a redirect's host or path: Jira's own login.jsp,
// SAML, OAuth/OIDC, ADFS, CAS and the usual SSO products. Whole words (split at / . - _), since the
// add-on's own path holds "associations". A redirect anywhere else is Jira having moved.
const loginWords = new Set([
  'login',
  'logon',
  'signin',
  'sign',
  'sso',
  'idp',
  'cas',
  'auth',
  'auth0',
  'authorize',
  'authenticate',
  'authentication',
  'openid',
  'oidc',
  'adfs',
  'okta',
  'keycloak',
]);
const loginPrefixes = /^(?:saml|oauth|login|sso)/;
const loginQuery = /(?:^|[?&])(?:os_destination|relaystate|samlrequest|redirect_uri|client_id)=/i;

function looksLikeLogin(target: URL): boolean {
  const words = `${target.hostname.split('.')[0] ?? ''}/${target.pathname}`.toLowerCase().split(/[/._-]+/);
  return (
    words.some((word) => loginWords.has(word) || loginPrefixes.test(word)) || loginQuery.test(target.search)
  );
}

function redirectTarget(response: HttpResponse, context: FailureContext): URL | undefined {
  const location = response.headers.location;
  if (!location) return undefined;
  try {
    return new URL(location.trim(), context.baseUrl ?? `https://${context.host}`);
  } catch {
    return undefined;
  }
}

/**
 * A 3xx, never followed (it could hand the credentials to another host). To a login page or an
 * identity provider it is an SSO gateway in front of Jira: UNAUTHORIZED. Anywhere else (http →
 * https, a new host or context path) Jira has moved: INVALID_RESPONSE, not CONFIG, because CONFIG
 * promises nothing was sent and this request reached a server; the message names where to point
 * JIRA_BASE_URL instead. Only origin and path are shown: a query may carry tokens.
 */
function redirected(response: HttpResponse, context: FailureContext): SfLinksError {
  const status = response.status;
  const target = redirectTarget(response, context);
  if (!target || looksLikeLogin(target)) {
    return apiError(
      response,
      context,
      'UNAUTHORIZED',
      `Jira at ${context.host} redirected the request${forIssue(context)} to a login page instead of answering (HTTP ${status}).`,
      ssoHint,
    );
  }
  const where = `${target.origin}${target.pathname}`;
  // The target of an API call is the API path under the new base URL: keep what comes before it.
  const api = target.pathname.search(/\/rest\/|\/status$/);
  const suggested = `${target.origin}${(api >= 0 ? target.pathname.slice(0, api) : target.pathname).replace(/\/+$/, '')}`;
  return apiError(
    response,
    context,
    'INVALID_RESPONSE',
    `Jira at ${context.host} redirected the request${forIssue(context)} to ${context.redact(where)} (HTTP ${status}); sf-links never follows redirects, so that credentials go only where JIRA_BASE_URL says.`,
    `If Jira now lives there, set JIRA_BASE_URL=${context.redact(suggested)}.`,
  );
}

/** The typed error for a response that is not a usable success, with what to do about it. */
export function classifyFailure(response: HttpResponse, context: FailureContext): SfLinksError {
  const status = response.status;
  const json = readJsonBody(response);
  if (status >= 300 && status < 400) return redirected(response, context);
  // Only a success status can hide a login page: Jira's own 401/403 pages mention logging in too,
  // and their headers say more (wrong password, CAPTCHA) than the page does.
  if (status >= 200 && status < 300 && !json && looksLikeLoginPage(response)) {
    return apiError(
      response,
      context,
      'UNAUTHORIZED',
      `Jira at ${context.host} answered${forIssue(context)} with a login page instead of data (HTTP ${status}).`,
      ssoHint,
    );
  }
  if (status === 401) return unauthorized(response, context);
  if (status === 403) return forbidden(response, context);
  if (status === 404) return notFound(response, context);
  if (status === 429) {
    const retryAfter = parseRetryAfter(response.headers['retry-after']);
    return apiError(
      response,
      context,
      'RATE_LIMITED',
      `Jira at ${context.host} is rate-limiting these requests (HTTP 429)${forIssue(context)}.`,
      retryAfter
        ? `Wait ${retryAfter} s and try again, or ask the Jira admin to raise this user's rate limit.`
        : 'Wait a little and try again, or ask the Jira admin to raise this user\u2019s rate limit.',
    );
  }
  if (status >= 500 || (status >= 200 && status < 300 && !json && /<html|<!doctype/i.test(response.body))) {
    const what =
      status >= 500 ? `is unavailable (HTTP ${status})` : `answered with an HTML page (HTTP ${status})`;
    return apiError(
      response,
      context,
      status >= 500 ? 'UPSTREAM_UNAVAILABLE' : 'INVALID_RESPONSE',
      `Jira at ${context.host} ${what}${forIssue(context)}.${quote(response, context)}`,
      status >= 500
        ? 'Jira, or a proxy in front of it, is down or in maintenance: try again in a few minutes.'
        : 'Check that JIRA_BASE_URL points at Jira itself, not at a portal or proxy page.',
    );
  }
  if (status === 400) {
    return apiError(
      response,
      context,
      'INVALID_INPUT',
      `Jira at ${context.host} refused the request${forIssue(context)} (HTTP 400).${quote(response, context)}`,
      'Check the issue and the records given.',
    );
  }
  if (status >= 200 && status < 300) {
    return new InvalidResponseError({
      status,
      detail: `Jira at ${context.host} answered${forIssue(context)} with a body that is not the expected JSON (HTTP ${status}).`,
      // The add-on is not involved in /myself: an unreadable answer there comes from something else.
      hint:
        context.operation === 'myself'
          ? 'JIRA_BASE_URL may not point at Jira itself: a proxy or another application seems to answer there. Check it, with the context path if Jira has one (e.g. https://example.com/jira).'
          : 'Check that JIRA_BASE_URL points at Jira itself; if it does, the add-on may be a version sf-links does not know: report it.',
      issue: context.issue,
      host: context.host,
    });
  }
  return apiError(
    response,
    context,
    'INVALID_RESPONSE',
    `Jira at ${context.host} answered HTTP ${status}${forIssue(context)}.${quote(response, context)}`,
    'This is unexpected: check JIRA_BASE_URL, and report it if it persists.',
  );
}
