import { createHmac } from 'node:crypto';

/** `v0=<hex HMAC-SHA256 of "v0:<timestamp>:<body>">`, as Slack signs a request. */
export function signSlackRequest(signingSecret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}
