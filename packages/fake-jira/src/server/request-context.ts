import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerState } from './server-state.js';

/** One request being answered. */
export interface RequestContext {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  /** The full request URL, on the fake's origin. */
  readonly url: URL;
  /** The path below the base URL (context path removed), e.g. `/rest/api/2/myself`. */
  readonly path: string;
  readonly body: string;
  readonly state: ServerState;
}
