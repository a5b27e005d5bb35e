import type { IncomingMessage } from 'node:http';
import type { RecordedRequest } from '../recorded-request.js';

const redactedHeaders = new Set(['authorization', 'proxy-authorization', 'cookie']);

/** Builds the record of a request, secrets redacted; the body is filled in once read. */
export function recordRequest(request: IncomingMessage, url: URL): RecordedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers[name] = redactedHeaders.has(name)
      ? '[redacted]'
      : Array.isArray(value)
        ? value.join(', ')
        : value;
  }
  return {
    method: request.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body: '',
  };
}
