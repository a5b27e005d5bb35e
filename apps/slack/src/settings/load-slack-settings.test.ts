import { describe, expect, it } from 'vitest';
import { loadSlackSettings, readSecretValues } from './load-slack-settings.js';
import { SettingsError } from './settings-error.js';

const secret = '8f742231b10e8888abcd99eeeeee85a5';
const access = {
  SLACK_ALLOWED_TEAMS: 'T0AAA,E0GRID',
  SLACK_ALLOWED_CHANNELS: '*',
  SLACK_ALLOWED_USERS: ' U0ONE , W0TWO ',
  SF_LINKS_ALLOWED_PROJECTS: 'sup,SF_2',
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadSlackSettings(env);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems.map((problem) => problem.variable);
    throw error;
  }
  return [];
}

describe('loadSlackSettings', () => {
  it('reads HTTP mode with lists normalised and * as anyone', () => {
    const settings = loadSlackSettings({
      ...access,
      SLACK_BOT_TOKEN: 'xoxb-1-2',
      SLACK_SIGNING_SECRET: secret,
      PORT: '8080',
    });
    expect(settings).toMatchObject({ mode: 'http', port: 8080, signingSecret: secret, logLevel: 'info' });
    expect(settings.access.channels).toEqual({ kind: 'anyone' });
    expect(settings.access.users).toEqual({ kind: 'only', values: new Set(['U0ONE', 'W0TWO']) });
    expect(settings.access.projects).toEqual({ kind: 'only', values: new Set(['SUP', 'SF_2']) });
  });

  it('defaults the port to 3000 and switches to Socket Mode when SLACK_APP_TOKEN is set', () => {
    expect(
      loadSlackSettings({ ...access, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: secret }),
    ).toMatchObject({ port: 3000 });
    expect(
      loadSlackSettings({ ...access, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A' }),
    ).toMatchObject({
      mode: 'socket',
      appToken: 'xapp-1-A',
    });
  });

  it('reports every problem at once, naming each variable', () => {
    expect(problemsOf({})).toEqual([
      'SLACK_BOT_TOKEN',
      'SLACK_ALLOWED_TEAMS',
      'SLACK_ALLOWED_CHANNELS',
      'SLACK_ALLOWED_USERS',
      'SF_LINKS_ALLOWED_PROJECTS',
      'SLACK_SIGNING_SECRET',
    ]);
    expect(
      problemsOf({
        ...access,
        SLACK_BOT_TOKEN: 'xoxp-user',
        SLACK_SIGNING_SECRET: 'not-hex',
        PORT: '70000',
        SLACK_ALLOWED_CHANNELS: '#general',
        SF_LINKS_ALLOWED_PROJECTS: 'SUP,*',
        SLACK_LOG_LEVEL: 'verbose',
      }),
    ).toEqual([
      'SLACK_BOT_TOKEN',
      'SLACK_ALLOWED_CHANNELS',
      'SF_LINKS_ALLOWED_PROJECTS',
      'SLACK_LOG_LEVEL',
      'SLACK_SIGNING_SECRET',
      'PORT',
    ]);
  });

  it('reads HOST (IP, [IPv6] or host name) in HTTP mode, absent meaning every interface', () => {
    const http = { ...access, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: secret };
    expect(loadSlackSettings(http)).not.toHaveProperty('host');
    expect(loadSlackSettings({ ...http, HOST: ' 127.0.0.1 ' })).toMatchObject({ host: '127.0.0.1' });
    expect(loadSlackSettings({ ...http, HOST: '[::1]' })).toMatchObject({ host: '::1' });
    expect(loadSlackSettings({ ...http, HOST: 'slack-app.internal' })).toMatchObject({
      host: 'slack-app.internal',
    });
    for (const bad of ['http://0.0.0.0', '127.0.0.1:3000', 'two words', '-bad-.example']) {
      expect(problemsOf({ ...http, HOST: bad })).toEqual(['HOST']);
    }
    try {
      loadSlackSettings({ ...http, HOST: '127.0.0.1:3000' });
    } catch (error) {
      expect((error as SettingsError).problems[0]?.message).toBe(
        '"127.0.0.1:3000" is not an address to listen on: expected an IP address (127.0.0.1, ::1, 0.0.0.0) or a host name (localhost); leave it unset for every interface',
      );
    }
  });

  it('never puts a secret value in a message', () => {
    try {
      loadSlackSettings({ ...access, SLACK_BOT_TOKEN: secret, SLACK_APP_TOKEN: 'xoxb-wrong' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain(secret);
      expect((error as Error).message).not.toContain('xoxb-wrong');
    }
  });

  it('lists the secret values for redaction', () => {
    expect(
      readSecretValues({ SLACK_BOT_TOKEN: 'xoxb-1', JIRA_PAT: 'pat', JIRA_PASSWORD: '', PORT: '1' }),
    ).toEqual(['xoxb-1', 'pat']);
  });

  it("carries Jira's secrets for the default logger, the proxy, the drain period and the API URL", () => {
    const http = loadSlackSettings({
      ...access,
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: secret,
      JIRA_PAT: 'the-jira-pat',
      JIRA_PASSWORD: 'the-jira-password',
      https_proxy: 'http://proxy.internal:3128',
      NO_PROXY: 'localhost',
    });
    expect(http.secrets).toEqual(['xoxb-1', secret, 'the-jira-pat', 'the-jira-password']);
    expect(http.proxy).toEqual({ httpsProxy: 'http://proxy.internal:3128', noProxy: 'localhost' });
    expect(http).toMatchObject({ shutdownDrainMs: 5000 });
    const base = { ...access, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: secret };
    expect(loadSlackSettings({ ...base, SHUTDOWN_DRAIN_MS: '0' })).toMatchObject({ shutdownDrainMs: 0 });
    expect(problemsOf({ ...base, SHUTDOWN_DRAIN_MS: '5s' })).toEqual(['SHUTDOWN_DRAIN_MS']);
    const socket = { ...access, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A' };
    expect(loadSlackSettings({ ...socket, SLACK_API_URL: 'http://127.0.0.1:9/api' })).toMatchObject({
      slackApiUrl: 'http://127.0.0.1:9/api/',
    });
    expect(problemsOf({ ...socket, SLACK_API_URL: 'slack.com/api' })).toEqual(['SLACK_API_URL']);
  });
});
