import type { ErrorCode } from '@sf-links/core';
import { createNodeClient } from '@sf-links/core/node';
import type { FakeJiraScenarioName, FakeJiraSwitches } from '@sf-links/fake-jira';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError, escapeMrkdwn } from '../src/index.js';
import { expectNoSecrets } from './support/expect-no-secrets.js';
import { expectValidBlockKit } from './support/expect-valid-block-kit.js';
import { type SlackHarness, startSlackHarness } from './support/start-slack-harness.js';

let harness: SlackHarness;
const responseUrls: string[] = [];

beforeAll(async () => {
  // A short timeout so the stalled Jira is a TIMEOUT in a second, not ten.
  harness = await startSlackHarness({ env: { JIRA_TIMEOUT_MS: '1000' } });
});

afterAll(async () => {
  await harness?.close();
  expectNoSecrets(harness.logLines, harness.secrets, responseUrls);
});

interface Case {
  code: ErrorCode;
  issue: string;
  scenario?: FakeJiraScenarioName;
  switches?: Partial<FakeJiraSwitches>;
  /**
   * Lookups another client of the same Jira account makes first, emptying its rate-limit bucket. The
   * app's own client then meets a 429 it did not see coming; one that emptied the bucket itself
   * would wait for the refill instead (core paces itself), here 60 s.
   */
  warmUp?: number;
}

async function lookUpFromAnotherClient(count: number): Promise<void> {
  const other = createNodeClient({
    env: { JIRA_BASE_URL: harness.fake.baseUrl, JIRA_PAT: harness.fake.pat },
  });
  try {
    for (let index = 0; index < count; index += 1) await other.lookup('SUP-44');
  } finally {
    await other.close();
  }
}

const cases: Case[] = [
  { code: 'UNAUTHORIZED', issue: 'SUP-42', scenario: 'sso-page' },
  { code: 'FORBIDDEN', issue: 'NOPE-1', scenario: 'not-found-as-403' },
  { code: 'NOT_FOUND', issue: 'NOPE-1', scenario: 'default' },
  { code: 'ADDON_UNAVAILABLE', issue: 'SUP-42', scenario: 'addon-missing' },
  {
    code: 'RATE_LIMITED',
    issue: 'SUP-42',
    switches: { rateLimit: { capacity: 1, fillRate: 1, intervalSeconds: 60 } },
    warmUp: 1,
  },
  { code: 'TIMEOUT', issue: 'SUP-42', scenario: 'stall' },
  { code: 'UPSTREAM_UNAVAILABLE', issue: 'SUP-42', scenario: 'proxy-502' },
  { code: 'INVALID_RESPONSE', issue: 'SUP-42', scenario: 'invalid-json' },
];

describe('every Jira failure arrives as one plain-words reply after an empty ack', () => {
  for (const testCase of cases) {
    it(`${testCase.code}`, async () => {
      harness.fake.useScenario(testCase.scenario ?? 'default');
      if (testCase.switches) harness.fake.configure(testCase.switches);
      await lookUpFromAnotherClient(testCase.warmUp ?? 0);
      const { ack, reply } = await harness.sendAndWaitForReply({ text: testCase.issue });
      responseUrls.push(ack.responseUrl);
      expect(ack.status).toBe(200);
      expect(ack.rawBody).toBe('');
      expectValidBlockKit(reply);
      const { title, action } = describeError(testCase.code);
      const section = reply.blocks[1]?.text?.text ?? '';
      expect(section).toContain(
        `: ${escapeMrkdwn(title)}\n*What to do:* ${escapeMrkdwn(action)}\n_Details (${testCase.code}):_ `,
      );
      expect(section).not.toMatch(/\n\s+at /); // no stack trace
      expect(reply.text).toBe(`${testCase.issue}: ${escapeMrkdwn(title)}`);
      await harness.slackApp.idle();
      expect(harness.catcher.repliesTo(ack.responseUrl)).toHaveLength(1);
    });
  }

  it('gives up on a response URL that never answers: the request is aborted (no socket left open) and logged without the URL', async () => {
    const slow = await startSlackHarness({ respondTimeoutMs: 300 });
    try {
      slow.catcher.answerWith('never');
      const ack = await slow.send({ text: 'SUP-42' });
      await slow.catcher.waitForReplies(ack.responseUrl, 1);
      await slow.slackApp.idle();
      const lost = slow.logLines.filter((line) => line.includes('reply not delivered'));
      expect(lost).toHaveLength(1);
      expect(lost[0]).toMatch(/SUP-42 ok\(1\), looked up in \d+ ms, reply not delivered/);
      expect(
        slow.logLines.some((line) => line.includes("Slack's response URL did not answer within 0.3 s")),
      ).toBe(true);
      expect(slow.logLines.join('\n')).not.toContain(ack.responseUrl);
      // Giving up aborts the request: the app holds no connection to the hung response URL.
      const deadline = Date.now() + 2000;
      while ((await slow.catcher.openConnections()) > 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await slow.catcher.openConnections()).toBe(0);
    } finally {
      await slow.close();
    }
  });

  it('still answers (and logs without the URL) when the response URL refuses the reply', async () => {
    harness.fake.useScenario('default');
    harness.catcher.answerWith(404);
    const ack = await harness.send({ text: 'SUP-42' });
    responseUrls.push(ack.responseUrl);
    expect(ack.rawBody).toBe('');
    await harness.catcher.waitForReplies(ack.responseUrl, 1);
    await harness.slackApp.idle();
    harness.catcher.answerWith(200);
    expect(
      harness.logLines.some((line) => line.includes("Could not deliver the reply to Slack's response URL")),
    ).toBe(true);
    expect(harness.catcher.repliesTo(ack.responseUrl)).toHaveLength(1);
  });
});
