import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSecrets } from './support/expect-no-secrets.js';
import { expectValidBlockKit } from './support/expect-valid-block-kit.js';
import { type SlackHarness, startSlackHarness } from './support/start-slack-harness.js';

let harness: SlackHarness;
const responseUrls: string[] = [];

beforeAll(async () => {
  harness = await startSlackHarness({
    env: {
      SLACK_ALLOWED_TEAMS: 'T0SFLINKS',
      SLACK_ALLOWED_CHANNELS: 'C0SUPPORT, G0PRIVATE',
      SLACK_ALLOWED_USERS: 'U0AGENT1,U0AGENT2',
      SF_LINKS_ALLOWED_PROJECTS: 'sup',
    },
  });
});

afterAll(async () => {
  await harness?.close();
  expectNoSecrets(harness.logLines, harness.secrets, responseUrls);
});

describe('allow-lists', () => {
  const refusals: [string, Parameters<SlackHarness['send']>[0], string][] = [
    ['another workspace', { text: 'SUP-42', teamId: 'T0OTHER' }, 'not enabled for this workspace'],
    ['another channel', { text: 'SUP-42', channelId: 'C0RANDOM' }, 'not enabled in this channel'],
    ['another user', { text: 'SUP-42', userId: 'U0STRANGER' }, 'not on the list of people'],
    ['another project', { text: 'SUP-42 HR-7', userId: 'U0AGENT2' }, 'may not look up `HR-7`'],
    ['a numeric id while projects are listed', { text: '11816' }, 'Numeric issue ids are not accepted here'],
    ['a moved key whose old project is not listed', { text: 'OLDSUP-7' }, 'may not look up `OLDSUP-7`'],
  ];

  for (const [name, input, expected] of refusals) {
    it(`refuses ${name} in the ack, with no lookup`, async () => {
      const before = harness.fake.requests.length;
      const ack = await harness.send(input);
      responseUrls.push(ack.responseUrl);
      expect(ack.status).toBe(200);
      expectValidBlockKit(ack.body);
      expect(ack.body.response_type).toBe('ephemeral');
      expect(ack.body.text).toContain(expected);
      await harness.slackApp.idle();
      expect(harness.fake.requests.length).toBe(before);
      expect(harness.catcher.repliesTo(ack.responseUrl)).toEqual([]);
    });
  }

  it('logs the refused issue keys for the audit trail, as it does for lookups', async () => {
    const before = harness.logLines.length;
    const ack = await harness.send({ text: 'SUP-42 HR-7 HR-8', userId: 'U0AGENT2' });
    responseUrls.push(ack.responseUrl);
    expect(harness.logLines.slice(before).join('\n')).toContain(
      'from U0AGENT2 in C0SUPPORT (T0SFLINKS): refused (project not allowed: HR-7, HR-8)',
    );
  });

  it('answers an allowed user in an allowed private channel about an allowed project', async () => {
    const { ack, reply } = await harness.sendAndWaitForReply({
      text: 'sup-42 share',
      channelId: 'G0PRIVATE',
      userId: 'U0AGENT2',
    });
    responseUrls.push(ack.responseUrl);
    expect(ack.rawBody).toBe('');
    expectValidBlockKit(reply);
    expect(reply.response_type).toBe('in_channel');
    expect(reply.text).toBe('SUP-42: 1 linked Salesforce record (Case 500J80000019IF9IAM)');
  });
});
