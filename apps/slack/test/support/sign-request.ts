import { createHmac } from 'node:crypto';

/** `v0=<hex HMAC-SHA256 of "v0:<timestamp>:<body>">`, as Slack signs a request. */
export function signSlackRequest(signingSecret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POSTs a slash command's fields to `eventsUrl`, form-encoded and signed now, as Slack sends it. */
export function postSignedCommand(
  eventsUrl: string,
  fields: Record<string, string>,
  signingSecret: string,
): Promise<Response> {
  const body = new URLSearchParams(fields).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  return fetch(eventsUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signSlackRequest(signingSecret, timestamp, body),
    },
    body,
  });
}
