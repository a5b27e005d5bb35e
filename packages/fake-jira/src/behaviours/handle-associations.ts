import type { SeedAssociation } from '../seed-association.js';
import type { RequestContext } from '../server/request-context.js';
import { sendBody } from '../server/send-body.js';
import { sendErrorCollection } from '../server/send-error-collection.js';
import { sendFrameworkError } from '../server/send-framework-error.js';
import { sendJson } from '../server/send-json.js';
import { checkXsrf, mediaTypeOf } from './check-xsrf.js';
import { parseAssociationsBody } from './parse-associations-body.js';
import { resolveIssue } from './resolve-issue.js';
import { toWireAssociation } from './to-wire-association.js';

/** Whether the `Accept` header allows a JSON answer (absent, JSON, or a wildcard). */
function allowsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  const lower = accept.toLowerCase();
  return lower.includes('json') || lower.includes('*/*') || lower.includes('application/*');
}

function handleGet(context: RequestContext): void {
  const issue = resolveIssue(context);
  if (!issue) return;
  sendJson(context.response, 200, issue.associations.map(toWireAssociation));
}

function handlePost(context: RequestContext): void {
  const { response, state, url, request } = context;
  if (!checkXsrf(context)) return;
  if (mediaTypeOf(request.headers['content-type']) !== 'application/json') {
    sendFrameworkError(context, 415, 'Unsupported Media Type');
    return;
  }
  const parsed = parseAssociationsBody(context.body);
  if (!parsed.ok) {
    sendErrorCollection(response, 400, [parsed.message]);
    return;
  }
  const issue = resolveIssue(context);
  if (!issue) return;
  if (!issue.editable) {
    sendErrorCollection(response, 403, [`You do not have permission to edit issue ${issue.key}.`]);
    return;
  }
  const replace = (url.searchParams.get('replace') ?? '').toLowerCase() === 'true';
  if (replace && parsed.items.length === 0 && state.switches.replaceWithEmpty === 'rejected') {
    sendErrorCollection(response, 400, ['At least one association is required.']);
    return;
  }
  const next: SeedAssociation[] = replace ? [] : [...issue.associations];
  for (const item of parsed.items) {
    if (next.some((existing) => existing.soid === item.soid)) continue;
    next.push(toWireAssociation({ ...item, jiraIssueId: issue.id }));
  }
  const limit = state.switches.associationLimit;
  if (next.length > limit) {
    sendErrorCollection(response, 400, [
      `An issue can have at most ${limit} associations; this request would leave ${next.length}.`,
    ]);
    return;
  }
  issue.associations = next;
  switch (state.switches.postResponse) {
    case 'envelope':
      sendJson(response, 200, {
        data: { totalAssociations: next.length },
        message: 'Associations saved.',
        success: true,
      });
      return;
    case 'empty':
      sendBody(response, 200, null, '');
      return;
    case 'array':
      sendJson(response, 200, next.map(toWireAssociation));
      return;
  }
}

/** The associations endpoint `P` (behaviours 1–4, 8–13, 21). */
export function handleAssociations(context: RequestContext): void {
  const method = context.request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
    sendFrameworkError(context, 405, 'Method Not Allowed', { Allow: 'GET,HEAD,POST' });
    return;
  }
  if (!allowsJson(context.request.headers.accept)) {
    sendFrameworkError(context, 406, 'Not Acceptable');
    return;
  }
  if (method === 'POST') handlePost(context);
  else handleGet(context);
}
