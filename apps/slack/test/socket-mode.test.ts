import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeClient } from '@sf-links/core/node';
import { SocketModeReceiver } from '@slack/bolt';
import { expect, it, vi } from 'vitest';
import { createAppLogger, createHttpReceiver, createSlackApp, loadSlackSettings } from '../src/index.js';
import { defaultAccessEnv } from './support/start-slack-harness.js';

const env = {
  ...defaultAccessEnv,
  SLACK_BOT_TOKEN: 'xoxb-1-2-sock',
  SLACK_APP_TOKEN: 'xapp-1-A0-1-socket',
  JIRA_BASE_URL: 'http://127.0.0.1:9/jira',
  JIRA_PAT: 'unused-pat',
};

it('builds a Socket Mode app without connecting anywhere until start()', async () => {
  const lines: string[] = [];
  const settings = loadSlackSettings(env);
  expect(settings.mode).toBe('socket');
  const slackApp = createSlackApp({
    client: createNodeClient({ env }),
    settings,
    logger: createAppLogger({ level: 'debug', write: (line) => lines.push(line) }),
  });
  expect(slackApp.receiver).toBeInstanceOf(SocketModeReceiver);
  await slackApp.stop({ graceMs: 0 });
  expect(lines.join('\n')).not.toContain('xapp-1-A0-1-socket');
});

it('takes any receiver (the factory does not care which)', async () => {
  const logger = createAppLogger({ write: () => {} });
  const receiver = createHttpReceiver({ signingSecret: '8f742231b10e8888abcd99eeeeee85a5', logger });
  const slackApp = createSlackApp({
    client: createNodeClient({ env }),
    settings: loadSlackSettings({
      ...env,
      SLACK_APP_TOKEN: '',
      SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99eeeeee85a5',
    }),
    receiver,
    logger,
  });
  expect(slackApp.receiver).toBe(receiver);
  const url = await slackApp.start({ port: 0, host: '127.0.0.1' });
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/slack\/events$/);
  await slackApp.stop({ graceMs: 0 });
});

it("the default logger redacts Jira's PAT and password as well as Slack's secrets", async () => {
  const written: string[] = [];
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    const jiraEnv = { ...env, JIRA_PAT: 'jira-pat-VaLuE-123', JIRA_PASSWORD: 'jira-password-VaLuE' };
    const slackApp = createSlackApp({
      client: createNodeClient({ env }),
      settings: loadSlackSettings(jiraEnv),
    });
    slackApp.app.logger.warn('pat jira-pat-VaLuE-123, password jira-password-VaLuE, app xapp-1-A0-1-socket');
    await slackApp.stop({ graceMs: 0 });
  } finally {
    write.mockRestore();
  }
  const all = written.join('');
  expect(all).toContain('pat [redacted], password [redacted], app [redacted]');
  for (const secret of ['jira-pat-VaLuE-123', 'jira-password-VaLuE', 'xapp-1-A0-1-socket'])
    expect(all).not.toContain(secret);
});

it("fails start() at once, with a line naming what to check, when Slack's API refuses the connection", async () => {
  // A port nothing listens on: Bolt's client would retry apps.connections.open until the start timeout.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const slackApp = createSlackApp({
    client: createNodeClient({ env }),
    settings: loadSlackSettings({ ...env, SLACK_API_URL: `http://127.0.0.1:${port}/api/` }),
    logger: createAppLogger({ write: () => {} }),
    startTimeoutMs: 20_000,
  });
  const started = Date.now();
  await expect(slackApp.start()).rejects.toMatchObject({
    name: 'SlackStartError',
    message: `Slack's API at http://127.0.0.1:${port}/api/ could not be reached (ECONNREFUSED): check the network, HTTPS_PROXY / NO_PROXY, and SLACK_API_URL if set`,
  });
  expect(Date.now() - started).toBeLessThan(5000);
  await slackApp.stop({ graceMs: 0 });
});

it("fails start() within the start timeout when Slack's API accepts connections but never answers", async () => {
  const silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const port = (silent.address() as AddressInfo).port;
  const slackApp = createSlackApp({
    client: createNodeClient({ env }),
    settings: loadSlackSettings({ ...env, SLACK_API_URL: `http://127.0.0.1:${port}/api/` }),
    logger: createAppLogger({ write: () => {} }),
    startTimeoutMs: 1500,
  });
  try {
    const started = Date.now();
    await expect(slackApp.start()).rejects.toMatchObject({ name: 'SlackStartError' });
    expect(Date.now() - started).toBeLessThan(5000);
  } finally {
    await slackApp.stop({ graceMs: 0 });
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  }
});
