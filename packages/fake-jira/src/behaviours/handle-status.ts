import type { RequestContext } from '../server/request-context.js';
import { sendJson } from '../server/send-json.js';

/** `GET B/status` → `{"state":"RUNNING"}` (behaviour 19; maintenance is a fault, see applyFault). */
export function handleStatus(context: RequestContext): void {
  sendJson(context.response, 200, { state: 'RUNNING' });
}
