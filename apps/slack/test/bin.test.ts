import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FakeJira, startFakeJira } from '@sf-links/fake-jira';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSecrets } from './support/expect-no-secrets.js';
import { expectValidBlockKit } from './support/expect-valid-block-kit.js';
import { postSignedCommand } from './support/sign-request.js';
import { type ResponseCatcher, startResponseCatcher } from './support/start-response-catcher.js';
import { botToken, defaultAccessEnv, signingSecret } from './support/start-slack-harness.js';

const bin = join(dirname(fileURLToPath(import.meta.url)), '../dist/sf-links-slack.js');
// Only what the test gives: no inherited Slack/Jira variables, no proxy.
const baseEnv = { PATH: process.env.PATH ?? '', NODE_OPTIONS: '' };

interface Run {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

function run(env: Record<string, string>, args: string[] = []): Run {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...baseEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) =>
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean)),
  );
  child.stderr?.on('data', (chunk: Buffer) =>
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean)),
  );
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, output, exited };
}

async function waitForLine(process: Run, pattern: RegExp, timeoutMs = 10_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const line of process.output) {
      const match = pattern.exec(line);
      if (match) return match;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`No line matching ${pattern} in:\n${process.output.join('\n')}`);
}

let fake: FakeJira;
let catcher: ResponseCatcher;
const allOutput: string[] = [];
const responseUrls: string[] = [];

beforeAll(async () => {
  [fake, catcher] = await Promise.all([startFakeJira({ port: 0 }), startResponseCatcher()]);
});

afterAll(async () => {
  await Promise.all([fake?.close(), catcher?.close()]);
  expectNoSecrets(
    allOutput,
    [signingSecret, botToken, fake.pat, 'xapp-1-A0-99-sEcReTaPpToKeN'],
    responseUrls,
  );
});

describe('the sf-links-slack bin', () => {
  it('reports every missing variable at once, naming each, and exits 2', async () => {
    const started = run({});
    expect(await started.exited).toBe(2);
    allOutput.push(...started.output);
    const text = started.output.join('\n');
    for (const variable of [
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
      'SLACK_ALLOWED_TEAMS',
      'SLACK_ALLOWED_CHANNELS',
      'SLACK_ALLOWED_USERS',
      'SF_LINKS_ALLOWED_PROJECTS',
      'JIRA_BASE_URL',
    ]) {
      expect(text).toContain(`  ${variable}: `);
    }
    expect(text).toMatch(/^sf-links-slack cannot start: fix these \d+ variables:/);
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('names invalid values without printing any secret', async () => {
    const started = run({
      ...defaultAccessEnv,
      SLACK_BOT_TOKEN: signingSecret, // a secret in the wrong variable
      SLACK_APP_TOKEN: 'xapp-1-A0-99-sEcReTaPpToKeN',
      SLACK_ALLOWED_USERS: '@alice, U0AGENT1',
      JIRA_BASE_URL: fake.baseUrl,
      JIRA_PAT: fake.pat,
      SLACK_LOG_LEVEL: 'loud',
    });
    expect(await started.exited).toBe(2);
    allOutput.push(...started.output);
    const text = started.output.join('\n');
    expect(text).toContain('SLACK_BOT_TOKEN: not valid: expected the Bot User OAuth Token (xoxb-…)');
    expect(text).toContain('SLACK_ALLOWED_USERS: "@alice" not valid: expected user ids like U0123ABCD');
    expect(text).toContain('SLACK_LOG_LEVEL: expected one of debug, info, warn, error');
    expect(text).not.toContain('SLACK_SIGNING_SECRET'); // Socket Mode needs none
  });

  it('names HOST and exits 1 when HOST is not an address of this machine', async () => {
    const started = run({
      ...defaultAccessEnv,
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      PORT: '0',
      HOST: '192.0.2.1', // TEST-NET-1: never assigned to a machine
      JIRA_BASE_URL: fake.baseUrl,
      JIRA_PAT: fake.pat,
    });
    expect(await started.exited).toBe(1);
    allOutput.push(...started.output);
    expect(started.output.join('\n')).toContain(
      'Could not start: HOST 192.0.2.1 is not an address of this machine: set HOST to one of its addresses, or unset it for every interface.',
    );
  });

  it('names SLACK_APP_TOKEN in one line and exits 1 when Slack refuses the app token (invalid_auth)', async () => {
    // Stands in for Slack's Web API: apps.connections.open answers as it does for a revoked token.
    const calls: { path: string; authorization: string | undefined }[] = [];
    const api: Server = createServer((request, response) => {
      calls.push({ path: request.url ?? '', authorization: request.headers.authorization });
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: false, error: 'invalid_auth' }));
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    try {
      const appToken = 'xapp-1-A0-99-sEcReTaPpToKeN';
      const started = run({
        ...defaultAccessEnv,
        SLACK_BOT_TOKEN: botToken,
        SLACK_APP_TOKEN: appToken,
        SLACK_API_URL: `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/`,
        JIRA_BASE_URL: fake.baseUrl,
        JIRA_PAT: fake.pat,
      });
      const startedAt = Date.now();
      expect(await started.exited).toBe(1);
      expect(Date.now() - startedAt).toBeLessThan(10_000);
      allOutput.push(...started.output);
      // The reachability check (no token sent), then the one refused open: no retry of a refused token.
      expect(calls).toEqual([
        { path: '/api/api.test', authorization: undefined },
        { path: '/api/apps.connections.open', authorization: `Bearer ${appToken}` },
      ]);
      const named = started.output.filter((line) => line.includes('SLACK_APP_TOKEN'));
      expect(named).toHaveLength(1);
      expect(JSON.parse(named[0] as string).message).toBe(
        'Could not start: Slack refused SLACK_APP_TOKEN (invalid_auth): create a new app-level token with the connections:write scope (Basic Information → App-Level Tokens) and set SLACK_APP_TOKEN to it.',
      );
    } finally {
      await new Promise((resolve) => api.close(resolve));
    }
  });

  it('starts, answers /health and a signed command with Slack unreachable, and stops on SIGTERM', async () => {
    const started = run({
      ...defaultAccessEnv,
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      PORT: '0',
      HOST: '127.0.0.1',
      JIRA_BASE_URL: fake.baseUrl,
      JIRA_PAT: fake.pat,
      SALESFORCE_BASE_URL: 'https://acme.my.salesforce.com',
      SLACK_LOG_LEVEL: 'debug',
      SHUTDOWN_DRAIN_MS: '0',
    });
    try {
      const [, port] = await waitForLine(started, /on port (\d+) of 127\.0\.0\.1 /);
      const eventsUrl = `http://127.0.0.1:${port}/slack/events`;
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);

      const responseUrl = catcher.nextResponseUrl();
      responseUrls.push(responseUrl);
      const ack = await postSignedCommand(
        eventsUrl,
        {
          command: '/sf-links',
          text: '11816',
          user_id: 'U0AGENT1',
          channel_id: 'C0SUPPORT',
          team_id: 'T0SFLINKS',
          response_url: responseUrl,
        },
        signingSecret,
      );
      expect(ack.status).toBe(200);
      expect(await ack.text()).toBe('');
      const [reply] = await catcher.waitForReplies(responseUrl);
      expectValidBlockKit(reply?.body);
      expect((reply?.body as { text?: string } | undefined)?.text).toBe(
        '11816: 1 linked Salesforce record (Case 500J80000019IF9IAM)',
      );

      started.child.kill('SIGTERM');
      expect(await started.exited).toBe(0);
    } finally {
      started.child.kill('SIGKILL');
      allOutput.push(...started.output);
    }
    expect(started.output.some((line) => line.includes('"level":"info"'))).toBe(true);
  });

  it('on SIGTERM drains: /health answers 503, commands are still answered, replies in flight finish, then exits 0', async () => {
    const slow = await startFakeJira({ port: 0, latencyMs: 1500 });
    const drainMs = 1000;
    const started = run({
      ...defaultAccessEnv,
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      PORT: '0',
      HOST: '127.0.0.1',
      JIRA_BASE_URL: slow.baseUrl,
      JIRA_PAT: slow.pat,
      SHUTDOWN_DRAIN_MS: String(drainMs),
    });
    try {
      const [, port] = await waitForLine(started, /on port (\d+) of 127\.0\.0\.1 /);
      const base = `http://127.0.0.1:${port}`;
      const command = async (text: string) => {
        const responseUrl = catcher.nextResponseUrl();
        responseUrls.push(responseUrl);
        const ack = await postSignedCommand(
          `${base}/slack/events`,
          {
            command: '/sf-links',
            text,
            user_id: 'U0AGENT1',
            channel_id: 'C0SUPPORT',
            team_id: 'T0SFLINKS',
            response_url: responseUrl,
          },
          signingSecret,
        );
        expect(ack.status).toBe(200);
        expect(await ack.text()).toBe('');
        return responseUrl;
      };
      const pending = await command('SUP-42'); // Jira answers in 1.5 s: still in flight at SIGTERM
      const signalledAt = Date.now();
      started.child.kill('SIGTERM');
      await waitForLine(started, /Draining for 1000 ms/);
      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: 'draining' });
      const duringDrain = await command('SUP-43'); // a load balancer may still route one here
      expect(await started.exited).toBe(0);
      expect(Date.now() - signalledAt).toBeGreaterThanOrEqual(drainMs);
      for (const url of [pending, duringDrain]) {
        const replies = catcher.repliesTo(url);
        expect(replies).toHaveLength(1);
        expectValidBlockKit(replies[0]?.body);
      }
      await expect(fetch(`${base}/health`)).rejects.toThrow();
    } finally {
      started.child.kill('SIGKILL');
      allOutput.push(...started.output);
      await slow.close();
    }
  });
});
