import { createNodeClient } from '@sf-links/core/node';
import { SocketModeReceiver } from '@slack/bolt';
import { expect, it } from 'vitest';
import { createAppLogger, createHttpReceiver, createSlackApp, loadSlackSettings } from '../src/index.js';
import { defaultAccessEnv } from './support/start-slack-harness.js';

const env = {
  ...defaultAccessEnv,
  SLACK_BOT_TOKEN: 'xoxb-1-2-socket',
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
