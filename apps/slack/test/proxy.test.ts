import { type ConnectProxy, startConnectProxy } from '@sf-links/fake-jira/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSecrets } from './support/expect-no-secrets.js';
import { expectValidBlockKit } from './support/expect-valid-block-kit.js';
import { type SlackHarness, startSlackHarness } from './support/start-slack-harness.js';

let proxy: ConnectProxy;
let harness: SlackHarness;
const responseUrls: string[] = [];

beforeAll(async () => {
  proxy = await startConnectProxy();
  // The catcher is http://, so HTTP_PROXY is the one that applies (Jira's calls take it too).
  harness = await startSlackHarness({ env: { HTTP_PROXY: proxy.url } });
});

afterAll(async () => {
  await harness?.close();
  await proxy?.close();
  expectNoSecrets(harness.logLines, harness.secrets, responseUrls);
});

describe('replies through a proxy', () => {
  it('posts the reply to the response URL through HTTP_PROXY', async () => {
    const { ack, reply } = await harness.sendAndWaitForReply({ text: 'SUP-42' });
    responseUrls.push(ack.responseUrl);
    expectValidBlockKit(reply);
    expect(reply.text).toBe('SUP-42: 1 linked Salesforce record (Case 500J80000019IF9IAM)');
    const catcher = new URL(harness.catcher.baseUrl);
    const viaProxy = [...proxy.connects, ...proxy.forwarded.map((url) => new URL(url).host)];
    expect(viaProxy).toContain(catcher.host);
  });

  it('goes direct for a host on NO_PROXY', async () => {
    const direct = await startSlackHarness({
      env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' },
    });
    try {
      const before = proxy.connects.length + proxy.forwarded.length;
      const { ack, reply } = await direct.sendAndWaitForReply({ text: 'SUP-42' });
      responseUrls.push(ack.responseUrl);
      expectValidBlockKit(reply);
      expect(proxy.connects.length + proxy.forwarded.length).toBe(before);
    } finally {
      await direct.close();
    }
  });
});
