import { request } from 'node:http';
import type { SfLinksClient } from '@sf-links/core';
import { createNodeClient } from '@sf-links/core/node';
import { type FakeJira, type FakeJiraOptions, startFakeJira } from '@sf-links/fake-jira';
import { createAppLogger, createSlackApp, loadSlackSettings, type SlackApp } from '../../src/index.js';
import { signSlackRequest } from './sign-request.js';
import { type ResponseCatcher, startResponseCatcher } from './start-response-catcher.js';

export const signingSecret = '8f742231b10e8888abcd99eeeeee85a5';
// Too short to pass for a real token (secret scanners), distinctive enough to find in a log.
export const botToken = 'xoxb-SeCrEtBoT';
export const salesforceBaseUrl = 'https://acme.my.salesforce.com';

export interface HarnessOptions {
  fake?: FakeJiraOptions;
  /** Extra or overriding environment (allow-lists, Jira settings). */
  env?: Record<string, string>;
  /** How long the app waits for the response URL (default: the app's own). */
  respondTimeoutMs?: number;
  /** Passed to `stop()` by `close()`. */
  stop?: { drainMs?: number; graceMs?: number };
}

export interface SlashCommandInput {
  text: string;
  userId?: string;
  channelId?: string;
  teamId?: string;
  /** Unix seconds; default now. */
  timestamp?: number | string;
  /** Sign with this secret instead of the right one. */
  secret?: string;
  /** Headers to drop (e.g. the signature) or replace. */
  headers?: Record<string, string | undefined>;
  contentType?: string;
}

export interface SentCommand {
  status: number;
  /** The ack's body, parsed when JSON. */
  body: unknown;
  rawBody: string;
  elapsedMs: number;
  /** `Date.now()` when the ack arrived. */
  ackedAt: number;
  responseUrl: string;
}

export interface SlackHarness {
  readonly fake: FakeJira;
  readonly catcher: ResponseCatcher;
  readonly slackApp: SlackApp;
  readonly client: SfLinksClient;
  readonly eventsUrl: string;
  /** Every log line the app wrote (Bolt's and ours), at debug level. */
  readonly logLines: string[];
  /** Every secret of this harness, for privacy assertions. */
  readonly secrets: string[];
  send(input: SlashCommandInput): Promise<SentCommand>;
  /** Sends, then waits for exactly one reply to arrive at the response URL. */
  sendAndWaitForReply(
    input: SlashCommandInput,
  ): Promise<{ ack: SentCommand; reply: Record<string, unknown> }>;
  close(): Promise<void>;
}

export const defaultAccessEnv = {
  SLACK_ALLOWED_TEAMS: '*',
  SLACK_ALLOWED_CHANNELS: '*',
  SLACK_ALLOWED_USERS: '*',
  SF_LINKS_ALLOWED_PROJECTS: '*',
};

function post(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** The real app (factory + real HTTP receiver) on 127.0.0.1:0 in front of the fake Jira, with a response-URL catcher. */
export async function startSlackHarness(options: HarnessOptions = {}): Promise<SlackHarness> {
  const fake = await startFakeJira({ port: 0, contextPath: '/jira', ...options.fake });
  const catcher = await startResponseCatcher();
  const env: Record<string, string> = {
    JIRA_BASE_URL: fake.baseUrl,
    JIRA_PAT: fake.pat,
    SALESFORCE_BASE_URL: salesforceBaseUrl,
    JIRA_MAX_RETRIES: '0',
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_BOT_TOKEN: botToken,
    SLACK_LOG_LEVEL: 'debug',
    ...defaultAccessEnv,
    ...options.env,
  };
  // What the assertions look for: every secret of this harness, whether or not the app was told it.
  const secrets = [
    signingSecret,
    botToken,
    fake.pat,
    fake.password,
    env.JIRA_PAT ?? '',
    env.JIRA_PASSWORD ?? '',
  ];
  const logLines: string[] = [];
  const settings = loadSlackSettings(env);
  // Built as the bin builds it: the app redacts only what its settings hold, so a secret the loader
  // misses shows up in logLines and fails the privacy checks.
  const logger = createAppLogger({
    level: 'debug',
    secrets: settings.secrets,
    write: (line) => logLines.push(line),
  });
  const client = createNodeClient({ env, onWarning: (message) => logger.warn(message) });
  const slackApp = createSlackApp({ client, settings, logger, respondTimeoutMs: options.respondTimeoutMs });
  const eventsUrl = (await slackApp.start({ port: 0, host: '127.0.0.1' })) as string;

  async function send(input: SlashCommandInput): Promise<SentCommand> {
    const responseUrl = catcher.nextResponseUrl();
    const body = new URLSearchParams({
      token: 'legacy-verification-token',
      team_id: input.teamId ?? 'T0SFLINKS',
      team_domain: 'acme',
      channel_id: input.channelId ?? 'C0SUPPORT',
      channel_name: 'support',
      user_id: input.userId ?? 'U0AGENT1',
      user_name: 'agent',
      command: '/sf-links',
      text: input.text,
      api_app_id: 'A0SFLINKS',
      is_enterprise_install: 'false',
      response_url: responseUrl,
      trigger_id: '1234.5678.abcdef',
    }).toString();
    const timestamp = input.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'content-type': input.contentType ?? 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signSlackRequest(input.secret ?? signingSecret, timestamp, body),
    };
    for (const [name, value] of Object.entries(input.headers ?? {})) {
      if (value === undefined) delete headers[name];
      else headers[name] = value;
    }
    const started = performance.now();
    const response = await post(eventsUrl, body, headers);
    const elapsedMs = performance.now() - started;
    let parsed: unknown = response.body;
    try {
      parsed = response.body === '' ? '' : JSON.parse(response.body);
    } catch {
      // not JSON: left as text
    }
    return {
      status: response.status,
      body: parsed,
      rawBody: response.body,
      elapsedMs,
      ackedAt: Date.now(),
      responseUrl,
    };
  }

  return {
    fake,
    catcher,
    slackApp,
    client,
    eventsUrl,
    logLines,
    secrets,
    send,
    async sendAndWaitForReply(input) {
      const ack = await send(input);
      const [reply] = await catcher.waitForReplies(ack.responseUrl, 1);
      return { ack, reply: reply?.body as Record<string, unknown> };
    },
    async close() {
      await slackApp.stop({ graceMs: 2000, ...options.stop });
      await Promise.all([fake.close(), catcher.close()]);
    },
  };
}
