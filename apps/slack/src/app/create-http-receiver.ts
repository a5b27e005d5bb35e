import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, type Logger } from '@slack/bolt';
import { isWithinReplayWindow } from './replay-window.js';

export interface HttpReceiverOptions {
  signingSecret: string;
  logger: Logger;
  /** Makes `/health` answer 503 so a load balancer stops sending requests (set while shutting down). */
  isDraining?: () => boolean;
  /** For tests of the replay window. */
  now?: () => number;
}

/** Slack's slash-command payloads are a few kilobytes; anything much larger is not from Slack. */
const bodyLimitBytes = 64 * 1024;
export const eventsPath = '/slack/events';

function refuse(request: IncomingMessage, response: ServerResponse): void {
  request.resume();
  response.writeHead(401, { 'content-length': '0' });
  response.end();
}

/**
 * Bolt's HTTPReceiver (signature checked over the raw body bytes, before any parsing) with a
 * symmetric replay window checked first from the header alone, and a `GET /health` route.
 * `processBeforeResponse` stays off: the ack leaves before the lookup starts.
 */
export function createHttpReceiver(options: HttpReceiverOptions): HTTPReceiver {
  const { logger } = options;
  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret,
    endpoints: eventsPath,
    logger,
    processBeforeResponse: false,
    bodyLimit: bodyLimitBytes,
    customRoutes: [
      {
        path: '/health',
        method: ['GET'],
        handler: (_request, response) => {
          const draining = options.isDraining?.() ?? false;
          const body = JSON.stringify({ status: draining ? 'draining' : 'ok' });
          response.writeHead(draining ? 503 : 200, { 'content-type': 'application/json' });
          response.end(body);
        },
      },
    ],
  });
  const verifyAndDispatch = receiver.requestListener;
  receiver.requestListener = (request, response) => {
    if (request.method === 'POST') {
      const timestamp = request.headers['x-slack-request-timestamp'];
      if (!isWithinReplayWindow(timestamp, options.now?.())) {
        logger.warn(
          'Refused a request whose X-Slack-Request-Timestamp is missing or more than 5 minutes off (401).',
        );
        refuse(request, response);
        return;
      }
    }
    verifyAndDispatch(request, response);
  };
  return receiver;
}
