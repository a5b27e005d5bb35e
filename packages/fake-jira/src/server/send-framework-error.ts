import type { IncomingMessage, ServerResponse } from 'node:http';
import { acceptsJson } from './accepts-json.js';
import { sendBody } from './send-body.js';
import { sendJson } from './send-json.js';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Ends a response with the REST framework's `{"message":…,"status-code":N}` (error shape 2), or its
 * XML `<status>` form when `Accept` does not name JSON.
 */
export function sendFrameworkError(
  context: { readonly request: IncomingMessage; readonly response: ServerResponse },
  status: number,
  message: string,
  headers: Record<string, string | number> = {},
): void {
  if (acceptsJson(context.request)) {
    sendJson(context.response, status, { message, 'status-code': status }, headers);
    return;
  }
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<status><status-code>${status}</status-code><message>${escapeXml(message)}</message></status>`;
  sendBody(context.response, status, 'application/xml;charset=UTF-8', xml, headers);
}
