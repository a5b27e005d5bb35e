import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSecrets } from './support/expect-no-secrets.js';
import { signSlackRequest } from './support/sign-request.js';
import { type SlackHarness, signingSecret, startSlackHarness } from './support/start-slack-harness.js';

let harness: SlackHarness;
const responseUrls: string[] = [];
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  harness = await startSlackHarness();
});

afterAll(async () => {
  await harness?.close();
  expectNoSecrets(harness.logLines, harness.secrets, responseUrls);
});

describe('request verification', () => {
  const refused: [string, Parameters<SlackHarness['send']>[0]][] = [
    ['a wrong signing secret', { text: 'SUP-42', secret: 'ffffffffffffffffffffffffffffffff' }],
    ['a stale timestamp (6 minutes old), correctly signed', { text: 'SUP-42', timestamp: now() - 360 }],
    ['a future timestamp (6 minutes ahead), correctly signed', { text: 'SUP-42', timestamp: now() + 360 }],
    ['a timestamp a day ahead', { text: 'SUP-42', timestamp: now() + 86_400 }],
    ['no signature header', { text: 'SUP-42', headers: { 'x-slack-signature': undefined } }],
    ['no timestamp header', { text: 'SUP-42', headers: { 'x-slack-request-timestamp': undefined } }],
    ['a non-numeric timestamp', { text: 'SUP-42', headers: { 'x-slack-request-timestamp': 'soon' } }],
    [
      'an unknown signature version',
      { text: 'SUP-42', headers: { 'x-slack-signature': `v1=${'0'.repeat(64)}` } },
    ],
  ];

  for (const [name, input] of refused) {
    it(`refuses ${name} with 401, and nothing reaches Jira or the response URL`, async () => {
      const before = harness.fake.requests.length;
      const ack = await harness.send(input);
      responseUrls.push(ack.responseUrl);
      expect(ack.status).toBe(401);
      expect(ack.rawBody).toBe('');
      await new Promise((resolve) => setTimeout(resolve, 150));
      await harness.slackApp.idle();
      expect(harness.fake.requests.length).toBe(before);
      expect(harness.catcher.repliesTo(ack.responseUrl)).toEqual([]);
    });
  }

  it('accepts a timestamp 4 minutes ahead (within the window both ways)', async () => {
    const { ack, reply } = await harness.sendAndWaitForReply({ text: 'SUP-42', timestamp: now() + 240 });
    responseUrls.push(ack.responseUrl);
    expect(ack.status).toBe(200);
    expect(reply.response_type).toBe('ephemeral');
  });

  it('verifies the signature over the raw bytes (%20 spaces, not re-encoded), then answers', async () => {
    const responseUrl = harness.catcher.nextResponseUrl();
    responseUrls.push(responseUrl);
    const fields = {
      command: '/sf-links',
      text: 'SUP-42 SUP-44',
      user_id: 'U0AGENT1',
      channel_id: 'C0SUPPORT',
      team_id: 'T0SFLINKS',
      response_url: responseUrl,
    };
    const body = Object.entries(fields)
      .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
      .join('&');
    expect(body).toContain('SUP-42%20SUP-44');
    const timestamp = now();
    const response = await fetch(harness.eventsUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signSlackRequest(signingSecret, timestamp, body),
      },
      body,
    });
    expect(response.status).toBe(200);
    const [reply] = await harness.catcher.waitForReplies(responseUrl);
    expect((reply?.body as { text?: string } | undefined)?.text).toContain(
      'SUP-44: no linked Salesforce records',
    );
  });

  it('answers the health route for a load balancer', async () => {
    const response = await fetch(new URL('/health', harness.eventsUrl));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
