import type { ServerResponse } from 'node:http';
import { sendBody } from './send-body.js';

/** The content type real Jira sends with JSON. */
export const jsonContentType = 'application/json;charset=UTF-8';

/** Ends a response with a JSON body. */
export function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string | number> = {},
): void {
  sendBody(response, status, jsonContentType, JSON.stringify(value), headers);
}
