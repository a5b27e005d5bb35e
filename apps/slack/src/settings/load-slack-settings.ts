import { isIP } from 'node:net';
import type { ConfigProblem } from '@sf-links/core';
import { readEnv } from '@sf-links/core/node';
import type { AllowList } from './allow-list.js';
import { SettingsError } from './settings-error.js';
import type { AccessPolicy, LogLevelName, SlackSettings } from './slack-settings.js';

interface ListRule {
  variable: string;
  /** What one entry must look like, and how to say so. */
  pattern: RegExp;
  describe: string;
  normalise?: (value: string) => string;
}

const listRules: Record<keyof AccessPolicy, ListRule> = {
  teams: {
    variable: 'SLACK_ALLOWED_TEAMS',
    pattern: /^[TE][A-Z0-9]{2,}$/,
    describe: 'workspace ids like T0123ABCD (or Enterprise Grid ids like E0123ABCD)',
  },
  channels: {
    variable: 'SLACK_ALLOWED_CHANNELS',
    pattern: /^[CGD][A-Z0-9]{2,}$/,
    describe: 'channel ids like C0123ABCD (not #names; DMs are D… ids)',
  },
  users: {
    variable: 'SLACK_ALLOWED_USERS',
    pattern: /^[UW][A-Z0-9]{2,}$/,
    describe: 'user ids like U0123ABCD (not @names)',
  },
  projects: {
    variable: 'SF_LINKS_ALLOWED_PROJECTS',
    pattern: /^[A-Z][A-Z0-9_]*$/,
    describe: 'Jira project keys like SUP',
    normalise: (value) => value.toUpperCase(),
  },
};

const logLevels: readonly LogLevelName[] = ['debug', 'info', 'warn', 'error'];

/** Long enough for a load balancer to see `/health` answer 503 and stop routing (a few checks). */
export const defaultShutdownDrainMs = 5000;

/** Every variable this loader reads, for `--help` and the README. */
export const slackSettingsVariables = [
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'PORT',
  'HOST',
  'SLACK_ALLOWED_TEAMS',
  'SLACK_ALLOWED_CHANNELS',
  'SLACK_ALLOWED_USERS',
  'SF_LINKS_ALLOWED_PROJECTS',
  'SLACK_LOG_LEVEL',
  'SLACK_API_URL',
  'SHUTDOWN_DRAIN_MS',
] as const;

function readAllowList(rule: ListRule, raw: string | undefined, problems: ConfigProblem[]): AllowList {
  const value = raw?.trim();
  if (!value) {
    problems.push({
      variable: rule.variable,
      message: `missing: list the allowed ${rule.describe}, comma-separated, or set it to * to allow anyone (access control is off only when you say so)`,
    });
    return { kind: 'only', values: new Set() };
  }
  if (value === '*') return { kind: 'anyone' };
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => rule.normalise?.(entry) ?? entry);
  const invalid = entries.filter((entry) => !rule.pattern.test(entry));
  if (entries.includes('*')) {
    problems.push({ variable: rule.variable, message: 'use * alone to allow anyone, not inside a list' });
  } else if (invalid.length > 0) {
    const shown = invalid.slice(0, 3).map((entry) => JSON.stringify(entry.slice(0, 40)));
    problems.push({
      variable: rule.variable,
      message: `${shown.join(', ')} not valid: expected ${rule.describe}`,
    });
  }
  return { kind: 'only', values: new Set(entries) };
}

/** A secret is checked for its shape only; its value never appears in a message. */
function readSecret(
  env: NodeJS.ProcessEnv,
  variable: string,
  valid: (value: string) => boolean,
  expected: string,
  problems: ConfigProblem[],
): string {
  const value = env[variable]?.trim() ?? '';
  if (value === '') problems.push({ variable, message: `missing: ${expected}` });
  else if (!valid(value)) problems.push({ variable, message: `not valid: expected ${expected}` });
  return value;
}

function readPort(raw: string | undefined, problems: ConfigProblem[]): number {
  const value = raw?.trim();
  if (!value) return 3000;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) {
    problems.push({
      variable: 'PORT',
      message: `${JSON.stringify(value.slice(0, 20))} is not a port (0–65535)`,
    });
  }
  return port;
}

// A DNS name: dot-separated labels of letters, digits and inner hyphens (RFC 1123).
const hostNamePattern =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** `HOST`: the address to listen on; unset means every interface (as Node does by default). */
function readHost(raw: string | undefined, problems: ConfigProblem[]): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  // `[::1]` as written in URLs is accepted too.
  const address = /^\[(.*)\]$/.exec(value)?.[1] ?? value;
  if (isIP(address) !== 0 || hostNamePattern.test(address)) return address;
  problems.push({
    variable: 'HOST',
    message: `${JSON.stringify(value.slice(0, 40))} is not an address to listen on: expected an IP address (127.0.0.1, ::1, 0.0.0.0) or a host name (localhost); leave it unset for every interface`,
  });
  return undefined;
}

/** `SHUTDOWN_DRAIN_MS`: whole milliseconds, up to 10 minutes. */
function readDrain(raw: string | undefined, problems: ConfigProblem[]): number {
  const value = raw?.trim();
  if (!value) return defaultShutdownDrainMs;
  const milliseconds = Number(value);
  if (/^\d+$/.test(value) && milliseconds <= 600_000) return milliseconds;
  problems.push({
    variable: 'SHUTDOWN_DRAIN_MS',
    message: `${JSON.stringify(value.slice(0, 20))} is not a drain period: expected milliseconds from 0 to 600000 (default ${defaultShutdownDrainMs})`,
  });
  return defaultShutdownDrainMs;
}

/** `SLACK_API_URL`: an http(s) URL, kept with a trailing slash (the Web API client appends method names). */
function readApiUrl(raw: string | undefined, problems: ConfigProblem[]): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password)
      return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    // reported below
  }
  problems.push({
    variable: 'SLACK_API_URL',
    message: "expected the https:// base of Slack's Web API (e.g. https://slack.com/api/), or leave it unset",
  });
  return undefined;
}

function readLogLevel(raw: string | undefined, problems: ConfigProblem[]): LogLevelName {
  const value = raw?.trim().toLowerCase();
  if (!value) return 'info';
  if ((logLevels as readonly string[]).includes(value)) return value as LogLevelName;
  problems.push({ variable: 'SLACK_LOG_LEVEL', message: `expected one of ${logLevels.join(', ')}` });
  return 'info';
}

/**
 * Reads the Slack settings (the only place the app reads `process.env`; Jira settings are core's).
 * Socket Mode when `SLACK_APP_TOKEN` is set, HTTP mode otherwise. Throws SettingsError listing every
 * problem at once.
 */
export function loadSlackSettings(env: NodeJS.ProcessEnv = process.env): SlackSettings {
  const problems: ConfigProblem[] = [];
  const botToken = readSecret(
    env,
    'SLACK_BOT_TOKEN',
    (value) => /^xoxb-\S+$/.test(value),
    'the Bot User OAuth Token (xoxb-…) from OAuth & Permissions',
    problems,
  );
  const access: AccessPolicy = {
    teams: readAllowList(listRules.teams, env.SLACK_ALLOWED_TEAMS, problems),
    channels: readAllowList(listRules.channels, env.SLACK_ALLOWED_CHANNELS, problems),
    users: readAllowList(listRules.users, env.SLACK_ALLOWED_USERS, problems),
    projects: readAllowList(listRules.projects, env.SF_LINKS_ALLOWED_PROJECTS, problems),
  };
  const logLevel = readLogLevel(env.SLACK_LOG_LEVEL, problems);
  const proxy = readEnv(env).proxy;
  const secrets = readSecretValues(env);
  const common = { botToken, access, logLevel, proxy, secrets };
  const socketMode = (env.SLACK_APP_TOKEN?.trim() ?? '') !== '';

  if (socketMode) {
    const appToken = readSecret(
      env,
      'SLACK_APP_TOKEN',
      (value) => /^xapp-\S+$/.test(value),
      'an app-level token (xapp-…) with the connections:write scope',
      problems,
    );
    const slackApiUrl = readApiUrl(env.SLACK_API_URL, problems);
    if (problems.length > 0) throw new SettingsError(problems);
    return { mode: 'socket', appToken, ...(slackApiUrl ? { slackApiUrl } : {}), ...common };
  }
  const signingSecret = readSecret(
    env,
    'SLACK_SIGNING_SECRET',
    (value) => /^[0-9a-f]{32,}$/i.test(value),
    'the Signing Secret (32 hex characters) from Basic Information → App Credentials, or set SLACK_APP_TOKEN for Socket Mode',
    problems,
  );
  const port = readPort(env.PORT, problems);
  const host = readHost(env.HOST, problems);
  const shutdownDrainMs = readDrain(env.SHUTDOWN_DRAIN_MS, problems);
  if (problems.length > 0) throw new SettingsError(problems);
  return { mode: 'http', signingSecret, port, ...(host ? { host } : {}), shutdownDrainMs, ...common };
}

/** Every secret value in the environment (Slack's and Jira's), so logs can redact them wherever they show up. */
export function readSecretValues(env: NodeJS.ProcessEnv = process.env): string[] {
  const names = ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'JIRA_PAT', 'JIRA_PASSWORD'];
  return names.map((name) => env[name]?.trim() ?? '').filter((value) => value !== '');
}
