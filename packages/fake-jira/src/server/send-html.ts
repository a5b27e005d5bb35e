import type { ServerResponse } from 'node:http';
import { renderHtmlPage } from './render-html-page.js';
import { sendBody } from './send-body.js';

/** The content type of Jira's, Tomcat's and the proxies' HTML pages. */
export const htmlContentType = 'text/html;charset=UTF-8';

/** Ends a response with an HTML page. */
export function sendHtml(
  response: ServerResponse,
  status: number,
  title: string,
  message: string,
  headers: Record<string, string | number> = {},
): void {
  sendBody(response, status, htmlContentType, renderHtmlPage(title, message), headers);
}
