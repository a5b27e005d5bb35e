import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSecrets } from './support/expect-no-secrets.js';
import { expectValidBlockKit } from './support/expect-valid-block-kit.js';
import { type SlackHarness, startSlackHarness } from './support/start-slack-harness.js';

let harness: SlackHarness;
const responseUrls: string[] = [];
const latencyMs = 5000;

beforeAll(async () => {
  harness = await startSlackHarness({ fake: { latencyMs } });
});

afterAll(async () => {
  await harness?.close();
  expectNoSecrets(harness.logLines, harness.secrets, responseUrls);
});

const expectedHeader: Record<string, string> = {
  'SUP-42': 'Salesforce records linked to SUP-42',
  'SUP-43': 'Salesforce records linked to SUP-43',
  'SUP-44': 'Salesforce records linked to SUP-44',
  '11816': 'Salesforce records linked to issue 11816',
  'NOPE-9': 'Salesforce records linked to NOPE-9',
};
const expectedText: Record<string, string> = {
  'SUP-42': 'SUP-42: 1 linked Salesforce record (Case 500J80000019IF9IAM)',
  'SUP-43': 'SUP-43: 1 linked Salesforce record (Case 500J80107019IG9ILM)',
  'SUP-44': 'SUP-44: no linked Salesforce records',
  '11816': '11816: 1 linked Salesforce record (Case 500J80000019IF9IAM)',
  'NOPE-9': 'NOPE-9: The issue does not exist, or sf-links cannot see it.',
};

describe('a Jira that takes 5 seconds', () => {
  it('is acked within 100 ms, answered once about 5 s later; 20 commands at once are acked in a median < 100 ms and all answered correctly', async () => {
    // Warm the request path once (first-request JIT), then time five acks of real lookups; the median
    // is compared so that one scheduler hiccup on a shared machine does not decide the result.
    await harness.send({ text: 'help' });
    const timed = [];
    for (let index = 0; index < 5; index += 1) {
      const ack = await harness.send({ text: 'SUP-42' });
      responseUrls.push(ack.responseUrl);
      expect(ack.status).toBe(200);
      expect(ack.rawBody).toBe('');
      timed.push(ack);
    }
    const medianAckMs =
      timed.map((ack) => ack.elapsedMs).sort((a, b) => a - b)[2] ?? Number.POSITIVE_INFINITY;
    expect(medianAckMs).toBeLessThan(100);
    const first = timed[0] as (typeof timed)[number];

    const issues = Object.keys(expectedHeader);
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, index) => {
        const issue = issues[index % issues.length] as string;
        return harness.send({ text: issue, userId: `U0AGENT${index}` }).then((ack) => ({ issue, ack }));
      }),
    );
    for (const { ack } of burst) {
      responseUrls.push(ack.responseUrl);
      expect(ack.status).toBe(200);
      expect(ack.rawBody).toBe('');
      // Generous: 20 signed requests at once on a shared 2-core machine; Slack's own limit is 3 s.
      expect(ack.elapsedMs).toBeLessThan(1000);
    }
    // The typical ack of the burst stays fast too: a lookup holding the ack back would show here.
    const burstMs = burst.map(({ ack }) => ack.elapsedMs).sort((a, b) => a - b);
    const medianBurstMs = ((burstMs[9] ?? Number.POSITIVE_INFINITY) + (burstMs[10] ?? 0)) / 2;
    expect(medianBurstMs).toBeLessThan(100);
    expect(harness.catcher.replies).toEqual([]);

    const [firstReply] = await harness.catcher.waitForReplies(first.responseUrl, 1, 15_000);
    expect((firstReply?.receivedAt ?? 0) - first.ackedAt).toBeGreaterThanOrEqual(latencyMs - 100);
    expectValidBlockKit(firstReply?.body);

    for (const { issue, ack } of burst) {
      const [reply] = await harness.catcher.waitForReplies(ack.responseUrl, 1, 15_000);
      const body = reply?.body as { text: string; blocks: { text?: { text: string } }[] };
      expectValidBlockKit(body);
      expect(body.blocks[0]?.text?.text).toBe(expectedHeader[issue]);
      expect(body.text).toBe(expectedText[issue]);
    }
    await harness.slackApp.idle();
    expect(harness.catcher.replies).toHaveLength(25);
    for (const ack of timed) expect(harness.catcher.repliesTo(ack.responseUrl)).toHaveLength(1);
  });
});
