import type { ServerResponse } from 'node:http';

/** Ends a response with a status, an optional content type, extra headers and a text body. */
export function sendBody(
  response: ServerResponse,
  status: number,
  contentType: string | null,
  body: string,
  headers: Record<string, string | number> = {},
): void {
  if (contentType !== null) response.setHeader('Content-Type', contentType);
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.setHeader('Content-Length', Buffer.byteLength(body));
  response.statusCode = status;
  response.end(body);
}
