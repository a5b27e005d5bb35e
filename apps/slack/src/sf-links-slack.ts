#!/usr/bin/env node
import { createRequire } from 'node:module';
import { type ConfigProblem, type SfLinksClient, SfLinksError } from '@sf-links/core';
import { createNodeClient } from '@sf-links/core/node';
import { createSlackApp } from './app/create-slack-app.js';
import { SlackStartError } from './app/describe-start-failure.js';
import { createAppLogger } from './logging/create-app-logger.js';
import { loadSlackSettings, readSecretValues } from './settings/load-slack-settings.js';
import { SettingsError } from './settings/settings-error.js';
import type { SlackSettings } from './settings/slack-settings.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

const usage = `sf-links-slack ${version} — the /sf-links Slack command (Salesforce records linked to Jira issues)

Usage: sf-links-slack            start (HTTP mode, or Socket Mode when SLACK_APP_TOKEN is set)
       sf-links-slack --help | --version

Slack:  SLACK_BOT_TOKEN (xoxb-…), and SLACK_SIGNING_SECRET + PORT (HTTP, default 3000)
        + HOST (HTTP, address to listen on, default every interface)
        + SHUTDOWN_DRAIN_MS (HTTP, serve with /health 503 this long after SIGTERM, default 5000)
        or SLACK_APP_TOKEN (xapp-…, Socket Mode) + SLACK_API_URL (default https://slack.com/api/)
        SLACK_LOG_LEVEL (debug|info|warn|error); HTTPS_PROXY / HTTP_PROXY / NO_PROXY for every outbound call
Access: SLACK_ALLOWED_TEAMS, SLACK_ALLOWED_CHANNELS, SLACK_ALLOWED_USERS, SF_LINKS_ALLOWED_PROJECTS
        each a comma-separated list of ids/keys, or * to allow anyone (required: nothing is open by default)
Jira:   JIRA_BASE_URL, JIRA_PAT (or JIRA_USERNAME + JIRA_PASSWORD), SALESFORCE_BASE_URL, JIRA_TIMEOUT_MS, …
Routes: POST /slack/events (slash command), GET /health
`;

const argument = process.argv[2];
if (argument === '--help' || argument === '-h') {
  process.stdout.write(usage);
  process.exit(0);
}
if (argument === '--version' || argument === '-v') {
  process.stdout.write(`${version}\n`);
  process.exit(0);
}
if (argument !== undefined) {
  process.stderr.write(
    `sf-links-slack: unknown argument ${JSON.stringify(argument.slice(0, 40))}. Try --help.\n`,
  );
  process.exit(2);
}

// The same secrets the settings carry (readSecretValues), known before the settings are checked.
const logger = createAppLogger({ secrets: readSecretValues(process.env) });
const problems: ConfigProblem[] = [];
let settings: SlackSettings | undefined;
let client: SfLinksClient | undefined;
try {
  settings = loadSlackSettings(process.env);
  logger.setLevel(settings.logLevel as Parameters<typeof logger.setLevel>[0]);
} catch (error) {
  if (!(error instanceof SettingsError)) throw error;
  problems.push(...error.problems);
}
try {
  client = createNodeClient({ env: process.env, onWarning: (message) => logger.warn(message) });
} catch (error) {
  if (!(SfLinksError.isInstance(error) && error.code === 'CONFIG')) throw error;
  const found = (error as SfLinksError & { problems?: readonly ConfigProblem[] }).problems;
  problems.push(...(found ?? [{ variable: 'configuration', message: error.message }]));
}
if (problems.length > 0 || !settings || !client) {
  const lines = problems.map((problem) => `  ${problem.variable}: ${problem.message}`);
  process.stderr.write(
    `sf-links-slack cannot start: fix ${problems.length === 1 ? 'this variable' : `these ${problems.length} variables`}:\n${lines.join('\n')}\n`,
  );
  process.exit(2);
}

/** Why the HTTP server could not listen, in terms of PORT and HOST; undefined for anything else. */
function listenFailure(error: unknown, listen: { port: number; host?: string }): string | undefined {
  const address = `port ${listen.port} of ${listen.host ?? 'every interface'}`;
  switch ((error as { code?: unknown }).code) {
    case 'EADDRINUSE':
      return `${address} is already in use: set PORT (or HOST) to a free one`;
    case 'EACCES':
      return `${address} needs privileges: set PORT to 1024 or above`;
    case 'EADDRNOTAVAIL':
      return `HOST ${listen.host} is not an address of this machine: set HOST to one of its addresses, or unset it for every interface`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `HOST ${listen.host} does not resolve: set HOST to an address of this machine, or unset it`;
    default:
      return undefined;
  }
}

const slackApp = createSlackApp({ client, settings, logger });
const drainMs = settings.mode === 'http' ? settings.shutdownDrainMs : 0;
let stopping = false;
async function shutDown(signal: string): Promise<void> {
  if (stopping) process.exit(1);
  stopping = true;
  logger.info(`${signal}: finishing replies in flight, then stopping.`);
  await slackApp.stop({ drainMs });
  process.exit(0);
}
process.on('SIGTERM', () => void shutDown('SIGTERM'));
process.on('SIGINT', () => void shutDown('SIGINT'));
process.on('unhandledRejection', (reason) => logger.error('Unhandled rejection:', reason));

try {
  await slackApp.start();
  logger.info(
    `sf-links-slack ${version} started (${settings.mode === 'http' ? 'HTTP' : 'Socket Mode'}, Jira ${client.host}).`,
  );
} catch (error) {
  if (error instanceof SlackStartError) {
    // Already one line naming what to fix (SLACK_APP_TOKEN, the network): nothing to add.
    logger.error(`Could not start: ${error.message}.`);
  } else {
    const reason = settings.mode === 'http' ? listenFailure(error, settings) : undefined;
    logger.error(`Could not start${reason ? `: ${reason}` : ''}.`, error);
  }
  await client.close();
  process.exit(1);
}
