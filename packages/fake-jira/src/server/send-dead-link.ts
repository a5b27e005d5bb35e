import type { ServerResponse } from 'node:http';
import { sendHtml } from './send-html.js';

/** Jira's 404 page for anything it does not serve (behaviours 14 and 16). */
export function sendDeadLink(response: ServerResponse): void {
  sendHtml(
    response,
    404,
    "Oops, you've found a dead link. - Jira",
    "Oops, you've found a dead link. The page you are looking for does not exist.",
  );
}
