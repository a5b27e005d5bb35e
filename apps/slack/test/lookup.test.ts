import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSecrets } from './support/expect-no-secrets.js';
import { expectValidBlockKit } from './support/expect-valid-block-kit.js';
import { type SlackHarness, salesforceBaseUrl, startSlackHarness } from './support/start-slack-harness.js';

let harness: SlackHarness;
const responseUrls: string[] = [];

async function lookup(text: string) {
  const result = await harness.sendAndWaitForReply({ text });
  responseUrls.push(result.ack.responseUrl);
  return result;
}

function sectionTexts(reply: Record<string, unknown>): string[] {
  return (reply.blocks as { type: string; text?: { text: string } }[])
    .filter((block) => block.type === 'section')
    .map((block) => block.text?.text ?? '');
}

/** The fake's Jira as users see it: host and context path (`127.0.0.1:PORT/jira`). */
function configuredJira(): string {
  const url = new URL(harness.fake.baseUrl);
  return `${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

beforeAll(async () => {
  harness = await startSlackHarness();
});

afterAll(async () => {
  await harness?.close();
  expectNoSecrets(harness.logLines, harness.secrets, responseUrls);
});

describe('a lookup through the real HTTP receiver', () => {
  it('acks empty, then posts the documented Case of 11816 (SUP-42) as Block Kit with exact ids and links', async () => {
    const { ack, reply } = await lookup('SUP-42');
    expect(ack.status).toBe(200);
    expect(ack.rawBody).toBe('');
    expectValidBlockKit(reply);
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Salesforce records linked to SUP-42' },
    });
    expect(sectionTexts(reply)).toEqual([
      `*<${harness.fake.baseUrl}/browse/SUP-42|SUP-42>*: 1 linked Salesforce record`,
      `*Case*  <${salesforceBaseUrl}/lightning/r/Case/500J80000019IF9IAM/view|500J80000019IF9IAM>\nauto-push · auto-pull`,
    ]);
    expect(reply.text).toBe('SUP-42: 1 linked Salesforce record (Case 500J80000019IF9IAM)');
  });

  it('shows the documented Case of 11817 exactly as stored (wrong checksum), asked by numeric id: no Jira link', async () => {
    const { ack, reply } = await lookup('11817');
    expect(ack.rawBody).toBe('');
    expectValidBlockKit(reply);
    expect(reply.blocks[0]?.text?.text).toBe('Salesforce records linked to issue 11817');
    expect(sectionTexts(reply)).toEqual([
      '*issue 11817*: 1 linked Salesforce record',
      `*Case*  <${salesforceBaseUrl}/lightning/r/Case/500J80107019IG9ILM/view|500J80107019IG9ILM>\nauto-pull`,
    ]);
    expect(JSON.stringify(reply)).not.toContain('/browse/11817');
  });

  it('refuses a pasted link to another Jira in the ack, naming that Jira, with no lookup and no link to ours', async () => {
    const before = harness.fake.requests.length;
    const ack = await harness.send({ text: 'SUP-44 <https://evil.example.com/browse/SUP-42|SUP-42>' });
    responseUrls.push(ack.responseUrl);
    expect(ack.status).toBe(200);
    expectValidBlockKit(ack.body);
    expect(ack.body.response_type).toBe('ephemeral');
    const configured = configuredJira();
    expect(ack.body.text).toBe(
      `The link to \`SUP-42\` points at the Jira at \`evil.example.com\`, but sf-links is set up for \`${configured}\`, so nothing was looked up. Open the link in its own Jira, or give the key alone (\`SUP-42\`) if you meant the issue on \`${configured}\`.`,
    );
    expect(JSON.stringify(ack.body)).not.toContain('/browse/');
    expect(harness.fake.requests.length).toBe(before);
    await harness.slackApp.idle();
    expect(harness.catcher.replies.filter((reply) => ack.responseUrl.endsWith(reply.path))).toEqual([]);
  });

  it('refuses a link to another Jira that repeats a key already typed (it used to be dropped as a duplicate)', async () => {
    for (const text of [
      'SUP-42 <https://evil.example.com/browse/SUP-42|x>',
      '<https://evil.example.com/browse/SUP-42|x> SUP-42',
    ]) {
      const before = harness.fake.requests.length;
      const ack = await harness.send({ text });
      responseUrls.push(ack.responseUrl);
      expect(ack.status).toBe(200);
      expectValidBlockKit(ack.body);
      expect(ack.body.text).toContain('The link to `SUP-42` points at the Jira at `evil.example.com`');
      await harness.slackApp.idle();
      expect(harness.fake.requests.length).toBe(before);
      expect(harness.catcher.repliesTo(ack.responseUrl)).toEqual([]);
    }
  });

  it('refuses links to another context path on the same host, listing each link and its Jira', async () => {
    const before = harness.fake.requests.length;
    const ack = await harness.send({
      text: `<${new URL(harness.fake.baseUrl).origin}/browse/SUP-42|SUP-42> https://Other.Example.com/browse/sup-43`,
    });
    responseUrls.push(ack.responseUrl);
    expectValidBlockKit(ack.body);
    const configured = configuredJira();
    expect(configured).toMatch(/^127\.0\.0\.1:\d+\/jira$/);
    expect(ack.body.text).toContain(
      `The links to \`SUP-42\` (\`${new URL(harness.fake.baseUrl).host}\`), \`SUP-43\` (\`other.example.com\`) point at other Jiras, but sf-links is set up for \`${configured}\``,
    );
    expect(harness.fake.requests.length).toBe(before);
  });

  it('answers the documented ids 11816 and 11817 together, exact records, no Jira links for ids', async () => {
    const { ack, reply } = await lookup('11816 11817');
    expect(ack.rawBody).toBe('');
    expectValidBlockKit(reply);
    expect(sectionTexts(reply)).toEqual([
      '*issue 11816*: 1 linked Salesforce record',
      `*Case*  <${salesforceBaseUrl}/lightning/r/Case/500J80000019IF9IAM/view|500J80000019IF9IAM>\nauto-push · auto-pull`,
      '*issue 11817*: 1 linked Salesforce record',
      `*Case*  <${salesforceBaseUrl}/lightning/r/Case/500J80107019IG9ILM/view|500J80107019IG9ILM>\nauto-pull`,
    ]);
    expect(reply.text).toBe(
      '11816: 1 linked Salesforce record (Case 500J80000019IF9IAM)\n11817: 1 linked Salesforce record (Case 500J80107019IG9ILM)',
    );
  });

  it('looks up several issues in one reply, in the order given, with an explicit empty state', async () => {
    const { reply } = await lookup('SUP-42 11817 SUP-44');
    expectValidBlockKit(reply);
    expect(reply.blocks[0]?.text?.text).toBe('Salesforce records linked to 3 Jira issues');
    expect(reply.blocks.map((block) => block.type)).toEqual([
      'header',
      'section',
      'section',
      'divider',
      'section',
      'section',
      'divider',
      'section',
    ]);
    expect(sectionTexts(reply).at(-1)).toBe(
      `*<${harness.fake.baseUrl}/browse/SUP-44|SUP-44>*: no Salesforce records are linked to this issue.`,
    );
  });

  it("unwraps Slack's <url|label> and <url> forms of pasted browse links, and lower-case keys", async () => {
    const { reply } = await lookup(
      `<${harness.fake.baseUrl}/browse/SUP-42?focusedId=1&amp;page=2|SUP-42 Customer cannot export> <${harness.fake.baseUrl}/browse/sup-44/> sup-43`,
    );
    expectValidBlockKit(reply);
    const titles = sectionTexts(reply).filter((text) => text.startsWith('*<'));
    expect(titles.map((text) => /\|([^>]+)>/.exec(text)?.[1])).toEqual(['SUP-42', 'SUP-44', 'SUP-43']);
  });

  it('posts in the channel with `share`', async () => {
    const { ack, reply } = await lookup('SUP-42 share');
    expect(ack.rawBody).toBe('');
    expectValidBlockKit(reply);
    expect(reply.response_type).toBe('in_channel');
  });

  it('answers help and empty text in the ack itself, with nothing sent to Jira or the response URL', async () => {
    const before = harness.fake.requests.length;
    for (const text of ['', 'help', '  HELP ']) {
      const ack = await harness.send({ text });
      expect(ack.status).toBe(200);
      expectValidBlockKit(ack.body);
      expect(ack.body.response_type).toBe('ephemeral');
      expect(ack.body.text).toContain('Usage: /sf-links &lt;issue&gt; [&lt;issue&gt; …] [share]');
      responseUrls.push(ack.responseUrl);
    }
    expect(harness.fake.requests.length).toBe(before);
    expect(
      harness.catcher.replies.filter((reply) =>
        responseUrls.slice(-3).some((url) => url.endsWith(reply.path)),
      ),
    ).toEqual([]);
  });

  it('refuses text that is not an issue in the ack, echoing it escaped, with no lookup', async () => {
    const before = harness.fake.requests.length;
    const ack = await harness.send({ text: 'SUP-42 <@U0BOSS|boss> a&b<script>' });
    responseUrls.push(ack.responseUrl);
    expectValidBlockKit(ack.body);
    expect(ack.body.text).toContain('`<@U0BOSS|boss>`'.replace('<', '&lt;').replace('>', '&gt;'));
    expect(ack.body.text).toContain('`a&amp;b&lt;script&gt;`');
    expect(ack.body.text).toContain('are not Jira issues');
    expect(harness.fake.requests.length).toBe(before);
  });

  it('caps a command at 10 issues with a clear message in the ack', async () => {
    const before = harness.fake.requests.length;
    const keys = Array.from({ length: 11 }, (_, index) => `SUP-${index + 1}`).join(' ');
    const ack = await harness.send({ text: keys });
    responseUrls.push(ack.responseUrl);
    expectValidBlockKit(ack.body);
    expect(ack.body.text).toBe(
      'That is 11 issues; one command looks up at most 10. Split them over several commands.',
    );
    expect(harness.fake.requests.length).toBe(before);
  });

  it('keeps a reply for 10 issues of 1,000 links each within Block Kit limits, with "…and N more"', async () => {
    const keys: string[] = [];
    for (let index = 0; index < 10; index += 1) {
      const id = String(30_000 + index);
      keys.push(`BIG-${index + 1}`);
      harness.fake.seedIssue({
        id,
        key: `BIG-${index + 1}`,
        associations: Array.from({ length: 1000 }, (_, record) => ({
          jiraIssueId: id,
          son: 'Case',
          soid: `500J8${String(record).padStart(10, '0')}AAA`,
          viewOnly: record % 2 === 0,
        })),
      });
    }
    const { reply } = await lookup(keys.join(' '));
    expectValidBlockKit(reply);
    expect(reply.blocks.length).toBe(50);
    const more = reply.blocks
      .filter((block) => block.type === 'context')
      .map((block) => block.elements?.[0]?.text);
    expect(more).toHaveLength(10);
    expect(more[0]).toBe('…and 998 more records linked to BIG-1 (a Slack message holds only so many).');
    expect(sectionTexts(reply)).toContain(
      `*<${harness.fake.baseUrl}/browse/BIG-10|BIG-10>*: 1,000 linked Salesforce records`,
    );
  });

  it('escapes object names and ids from Jira', async () => {
    harness.fake.seedIssue({
      id: '40001',
      key: 'ESC-1',
      associations: [{ jiraIssueId: '40001', son: 'Case<b>&"x"', soid: '500J80000019IF9IAM' }],
    });
    const { reply } = await lookup('ESC-1');
    expectValidBlockKit(reply);
    expect(sectionTexts(reply)[1]).toBe(
      `*Case&lt;b&gt;&amp;"x"*  <${salesforceBaseUrl}/lightning/r/Case%3Cb%3E%26%22x%22/500J80000019IF9IAM/view|500J80000019IF9IAM>\nno automatic sync`,
    );
  });

  it('neutralises Slack formatting markers (* _ ~ `) in object names and ids from Jira', async () => {
    harness.fake.seedIssue({
      id: '40002',
      key: 'ESC-2',
      associations: [
        { jiraIssueId: '40002', son: '_My*Object~c`', soid: 'a0B*bold*_it_' },
        { jiraIssueId: '40002', son: 'Case', soid: '~x~`y`' },
      ],
    });
    const { reply } = await lookup('ESC-2');
    expectValidBlockKit(reply);
    const z = '\u200b';
    const [, first, second] = sectionTexts(reply);
    // Name and id shown as given, each marker fenced by zero-width spaces so it cannot pair up.
    expect(first?.replace(/<[^|>]*\|/, '<URL|')).toBe(
      `*${z}_${z}My${z}*${z}Object${z}~${z}c${z}\`${z}*  <URL|a0B${z}*${z}bold${z}*${z}${z}_${z}it${z}_${z}>\nno automatic sync`,
    );
    expect(second).toContain(`${z}~${z}x${z}~${z}${z}\`${z}y${z}\`${z}`);
    for (const text of sectionTexts(reply).slice(1)) {
      const [, name, id] = /^\*(.*)\* {2}<[^|>]*\|([^>]*)>\n/.exec(text) ?? [];
      for (const echoed of [name, id]) expect(echoed).not.toMatch(/[^\u200b][*_~`]|[*_~`][^\u200b]/);
    }
    expect(reply.text).toContain(`${z}*${z}Object`);
  });

  it("redacts Jira's PAT from anything logged through the app's logger (Bolt's included)", async () => {
    const before = harness.logLines.length;
    harness.slackApp.app.logger.error('Jira said:', new Error(`token ${harness.fake.pat} was refused`));
    const line = harness.logLines.slice(before).join('\n');
    expect(line).toContain('token [redacted] was refused');
    expect(line).not.toContain(harness.fake.pat);
  });

  it('sends exactly one reply per command', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    await harness.slackApp.idle();
    const counts = new Map<string, number>();
    for (const reply of harness.catcher.replies) counts.set(reply.path, (counts.get(reply.path) ?? 0) + 1);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    expect(harness.catcher.replies.every((reply) => reply.contentType === 'application/json')).toBe(true);
  });
});
