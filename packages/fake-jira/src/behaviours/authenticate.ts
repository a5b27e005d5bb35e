import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../server/request-context.js';
import { sendFrameworkError } from '../server/send-framework-error.js';
import { sendHtml } from '../server/send-html.js';

/** The 401 message of the REST framework for anonymous calls (behaviour 5). */
export const notAuthenticatedMessage = 'Client must be authenticated to access this resource.';

function sendNotAuthenticated(context: RequestContext): undefined {
  sendFrameworkError(context, 401, notAuthenticatedMessage, { 'X-AUSERNAME': 'anonymous' });
  return undefined;
}

function decodeBasic(value: string): { username: string; password: string } | undefined {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function setSuccessHeaders(context: RequestContext, username: string): void {
  context.response.setHeader('X-AUSERNAME', username);
  context.response.setHeader('X-Seraph-LoginReason', 'OK');
}

function authenticateBasic(context: RequestContext, value: string): string | undefined {
  const { state, response } = context;
  const path = state.contextPath || '/';
  const basic = decodeBasic(value);
  if (state.switches.basicAuth === 'disabled') {
    sendHtml(
      response,
      401,
      'Basic authentication is disabled',
      'Basic authentication is disabled on this instance.',
      {
        'X-AUSERNAME': 'anonymous',
        'X-Seraph-LoginReason': 'AUTHENTICATION_DENIED',
      },
    );
    return undefined;
  }
  const isDemoUser = basic?.username === state.credentials.username;
  if (isDemoUser && state.basicFailures >= state.switches.captchaAfter) {
    sendHtml(
      response,
      403,
      'Basic Authentication Failure',
      'Basic Authentication Failure - Reason : AUTHENTICATION_DENIED',
      {
        'X-AUSERNAME': 'anonymous',
        'X-Seraph-LoginReason': 'AUTHENTICATION_DENIED',
        'X-Authentication-Denied-Reason': `CAPTCHA_CHALLENGE; login-url=${state.origin}${state.contextPath}/login.jsp`,
      },
    );
    return undefined;
  }
  if (isDemoUser && basic.password === state.credentials.password) {
    state.basicFailures = 0;
    setSuccessHeaders(context, basic.username);
    response.setHeader('X-ASESSIONID', randomBytes(4).toString('hex'));
    response.setHeader('Set-Cookie', [
      `JSESSIONID=${randomBytes(16).toString('hex').toUpperCase()}; Path=${path}; HttpOnly`,
      `atlassian.xsrf.token=${randomBytes(10).toString('hex').toUpperCase()}_lin; Path=${path}`,
    ]);
    return basic.username;
  }
  if (isDemoUser) state.basicFailures += 1;
  sendHtml(
    response,
    401,
    'Unauthorized (401)',
    'Basic Authentication Failure - Reason : AUTHENTICATED_FAILED',
    {
      'X-AUSERNAME': 'anonymous',
      'X-Seraph-LoginReason': 'AUTHENTICATED_FAILED',
      'WWW-Authenticate': `OAuth realm="${encodeURIComponent(`${state.origin}${state.contextPath}`)}"`,
    },
  );
  return undefined;
}

/**
 * Authenticates a REST call by PAT (`Bearer`) or Basic (behaviours 3, 5, 6, 7). Returns the user name and
 * sets the success headers, or answers the failure itself and returns `undefined`.
 */
export function authenticate(context: RequestContext): string | undefined {
  const header = context.request.headers.authorization ?? '';
  const space = header.indexOf(' ');
  const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase();
  const value = space < 0 ? '' : header.slice(space + 1).trim();
  const { credentials } = context.state;
  if (scheme === 'bearer') {
    if (value !== credentials.pat) return sendNotAuthenticated(context);
    setSuccessHeaders(context, credentials.username);
    return credentials.username;
  }
  if (scheme === 'basic') return authenticateBasic(context, value);
  return sendNotAuthenticated(context);
}
