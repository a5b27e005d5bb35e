import type { IncomingMessage } from 'node:http';

/** Whether the `Accept` header names JSON explicitly. */
export function acceptsJson(request: IncomingMessage): boolean {
  return (request.headers.accept ?? '').toLowerCase().includes('json');
}
