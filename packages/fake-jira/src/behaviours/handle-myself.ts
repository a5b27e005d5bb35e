import type { RequestContext } from '../server/request-context.js';
import { sendFrameworkError } from '../server/send-framework-error.js';
import { sendJson } from '../server/send-json.js';

/** `GET B/rest/api/2/myself` for the authenticated demo user (behaviour 20). */
export function handleMyself(context: RequestContext, username: string): void {
  const method = context.request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    sendFrameworkError(context, 405, 'Method Not Allowed', { Allow: 'GET,HEAD' });
    return;
  }
  const { state } = context;
  sendJson(context.response, 200, {
    self: `${state.origin}${state.contextPath}/rest/api/2/user?username=${encodeURIComponent(username)}`,
    key: 'JIRAUSER10000',
    name: username,
    emailAddress: `${username}@example.com`,
    displayName: 'Demo User',
    active: true,
    deleted: false,
    timeZone: 'Europe/London',
    locale: 'en_UK',
  });
}
