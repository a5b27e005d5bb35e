import type { ServerResponse } from 'node:http';
import { sendJson } from './send-json.js';

/** Ends a response with Jira's ErrorCollection `{"errorMessages":[…],"errors":{…}}` (error shape 1). */
export function sendErrorCollection(
  response: ServerResponse,
  status: number,
  errorMessages: string[],
  errors: Record<string, string> = {},
): void {
  sendJson(response, status, { errorMessages, errors });
}
