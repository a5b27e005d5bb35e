import type { IncomingMessage, ServerResponse } from 'node:http';
import { applyFault } from '../behaviours/apply-fault.js';
import { applyRateLimit } from '../behaviours/apply-rate-limit.js';
import { authenticate } from '../behaviours/authenticate.js';
import { handleAddon } from '../behaviours/handle-addon.js';
import { handleMyself } from '../behaviours/handle-myself.js';
import { handleStatus } from '../behaviours/handle-status.js';
import { readBody } from './read-body.js';
import { recordRequest } from './record-request.js';
import type { RequestContext } from './request-context.js';
import { sendDeadLink } from './send-dead-link.js';
import { sendHtml } from './send-html.js';
import type { ServerState } from './server-state.js';

/** The path below the context path, or `undefined` when the request is outside it (behaviour 16). */
function stripContextPath(pathname: string, contextPath: string): string | undefined {
  if (contextPath === '') return pathname;
  if (pathname === contextPath) return '/';
  return pathname.startsWith(`${contextPath}/`) ? pathname.slice(contextPath.length) : undefined;
}

function nextRequestId(state: ServerState): string {
  state.requestCount += 1;
  const now = new Date();
  return `${now.getUTCHours() * 60 + now.getUTCMinutes()}x${state.requestCount}x1`;
}

async function handle(state: ServerState, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', state.origin);
  const recorded = recordRequest(request, url);
  state.requests.push(recorded);
  const body = await readBody(request);
  if (body === undefined) {
    sendHtml(response, 413, 'Request Entity Too Large', 'The request body is too large.');
    return;
  }
  recorded.body = body;
  const path = stripContextPath(url.pathname, state.contextPath);
  if (path === undefined) {
    sendDeadLink(response);
    return;
  }
  const context: RequestContext = { request, response, url, path, body, state };
  const isApi = path.startsWith('/rest/') || path === '/status';
  if (isApi && state.switches.latencyMs > 0) await state.delay(state.switches.latencyMs);
  if (isApi && applyFault(context)) return;
  response.setHeader('X-AREQUESTID', nextRequestId(state));
  // A node of a Jira cluster names itself on every answer of Jira's own (not on a proxy's faults).
  if (state.switches.clusterNodeId !== null) response.setHeader('X-ANODEID', state.switches.clusterNodeId);
  if (path === '/status') return handleStatus(context);
  if (path === '/login.jsp') {
    sendHtml(response, 200, 'Log in - Jira', 'Log in to Jira to continue.');
    return;
  }
  if (!path.startsWith('/rest/')) return sendDeadLink(response);
  const username = authenticate(context);
  if (username === undefined) return;
  if (!applyRateLimit(context, username)) return;
  if (path === '/rest/api/2/myself') return handleMyself(context, username);
  if (path.startsWith('/rest/com.servicerocket.jira.salesforce/')) return handleAddon(context);
  sendDeadLink(response);
}

/** The `request` listener of a fake instance: records, then answers as Jira DC would. */
export function createRequestHandler(
  state: ServerState,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    handle(state, request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendHtml(
        response,
        500,
        'Internal Server Error',
        error instanceof Error ? error.message : String(error),
      );
    });
  };
}
