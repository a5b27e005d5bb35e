import type { RequestContext } from '../server/request-context.js';
import { sendBody } from '../server/send-body.js';
import { sendHtml } from '../server/send-html.js';
import { jsonContentType, sendJson } from '../server/send-json.js';
import { documentedGetResponse } from './documented-get-response.js';

/** A body that claims to be JSON and is not. */
export const invalidJsonBody = '{"jiraIssueId":"11816","son":"Case","soid":"500J80000019IF9I';

/**
 * Answers with the configured fault (behaviours 17, 18, 19, and a plain moved-Jira redirect) and returns `true`, or returns `false` when
 * no fault applies to this request. `faultTimes` counts down with each faulted request.
 */
export function applyFault(context: RequestContext): boolean {
  const { state, response, request, url, path } = context;
  const { switches } = state;
  const fault = switches.fault;
  if (fault === null) return false;
  if (switches.faultTimes !== null) {
    if (switches.faultTimes <= 0) return false;
    switches.faultTimes -= 1;
  }
  const retryAfter: Record<string, number> =
    switches.faultRetryAfter === null ? {} : { 'Retry-After': switches.faultRetryAfter };
  const baseUrl = `${state.origin}${state.contextPath}`;
  switch (fault) {
    case 'sso-page':
      sendHtml(response, 200, 'Sign in - Example SSO', 'Sign in with your company account to continue.');
      return true;
    case 'sso-redirect-idp': {
      const location = `https://idp.example.com/saml2/sso?RelayState=${encodeURIComponent(url.href)}`;
      sendHtml(response, 302, 'Found', `Redirecting to ${location}`, { Location: location });
      return true;
    }
    case 'sso-redirect-login': {
      const destination = encodeURIComponent(`${path}${url.search}`);
      const location = `${baseUrl}/login.jsp?os_destination=${destination}`;
      sendHtml(response, 302, 'Found', `Redirecting to ${location}`, { Location: location });
      return true;
    }
    case 'proxy-502':
      sendHtml(response, 502, '502 Bad Gateway', 'nginx', retryAfter);
      return true;
    case 'proxy-503':
      sendHtml(response, 503, '503 Service Temporarily Unavailable', 'nginx', retryAfter);
      return true;
    case 'proxy-504':
      sendHtml(response, 504, '504 Gateway Time-out', 'nginx', retryAfter);
      return true;
    case 'stall':
      // Accept the request and never answer; close() destroys the socket.
      return true;
    case 'drop':
      request.socket.destroy();
      return true;
    case 'maintenance':
      if (path === '/status') sendJson(response, 503, { state: 'MAINTENANCE' }, retryAfter);
      else sendHtml(response, 503, 'Jira is under maintenance', 'Jira is being reindexed.', retryAfter);
      return true;
    case 'starting':
      if (path === '/status') sendJson(response, 200, { state: 'STARTING' }, retryAfter);
      else sendHtml(response, 503, 'Jira is starting up', 'Jira is starting up. Please wait.', retryAfter);
      return true;
    case 'moved-redirect': {
      const location = `${switches.movedTo.replace(/\/+$/, '')}${path}${url.search}`;
      sendHtml(response, 301, 'Moved Permanently', `Moved to ${location}`, { Location: location });
      return true;
    }
    case 'invalid-json':
      sendBody(response, 200, jsonContentType, invalidJsonBody);
      return true;
    case 'trailing-comma':
      sendBody(response, 200, jsonContentType, documentedGetResponse);
      return true;
  }
}
