import type { RequestContext } from '../server/request-context.js';
import { sendBody } from '../server/send-body.js';

const xsrfableContentTypes = new Set([
  '',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
]);

/** The media type of a `Content-Type` header, lower case, without parameters. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Jira's XSRF check of a mutating REST call (behaviour 12). Returns `true` to go on, or answers
 * 403 `XSRF check failed` and returns `false`.
 */
export function checkXsrf(context: RequestContext): boolean {
  const { headers } = context.request;
  const token = String(headers['x-atlassian-token'] ?? '').toLowerCase();
  const hasNoCheck = token === 'no-check' || token === 'nocheck';
  const formLike = xsrfableContentTypes.has(mediaTypeOf(headers['content-type']));
  const fromBrowser = (headers['user-agent'] ?? '').includes('Mozilla');
  const sameOrigin = headers.origin === context.state.origin;
  if ((formLike && !hasNoCheck) || (fromBrowser && !sameOrigin)) {
    sendBody(context.response, 403, 'text/plain;charset=UTF-8', 'XSRF check failed');
    return false;
  }
  return true;
}
