import type { AllowList } from './allow-list.js';

export interface AccessPolicy {
  /** `SLACK_ALLOWED_TEAMS`: workspace ids (`T…`) or Enterprise Grid org ids (`E…`). */
  teams: AllowList;
  /** `SLACK_ALLOWED_CHANNELS`: channel ids (`C…`, `G…`, `D…`). */
  channels: AllowList;
  /** `SLACK_ALLOWED_USERS`: user ids (`U…`, `W…`). */
  users: AllowList;
  /** `SF_LINKS_ALLOWED_PROJECTS`: Jira project keys (`SUP`); a list refuses numeric issue ids. */
  projects: AllowList;
}

export type LogLevelName = 'debug' | 'info' | 'warn' | 'error';

/** `HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY` (or their lower-case forms), read as core reads them for Jira. */
export interface ProxySettings {
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
}

interface CommonSettings {
  /** `SLACK_BOT_TOKEN` (`xoxb-…`). Never used for a Web API call to answer a command. */
  botToken: string;
  access: AccessPolicy;
  /** `SLACK_LOG_LEVEL`, default `info`. */
  logLevel: LogLevelName;
  /** The proxy for the app's own outbound calls (response URLs; Socket Mode's API call and WebSocket). */
  proxy: ProxySettings;
  /**
   * Values that must never appear in a log line: the Slack tokens and secret, and Jira's `JIRA_PAT` /
   * `JIRA_PASSWORD` (read here so that the app's default logger redacts them too).
   */
  secrets: readonly string[];
}

/** HTTP mode: Slack posts commands to `/slack/events`. */
export interface HttpSettings extends CommonSettings {
  mode: 'http';
  /** `SLACK_SIGNING_SECRET`. */
  signingSecret: string;
  /** `PORT`, default 3000. */
  port: number;
  /** `HOST`: the address to listen on (IP or host name); absent means every interface. */
  host?: string;
  /**
   * `SHUTDOWN_DRAIN_MS`, default 5000: after SIGTERM, how long the app keeps serving with `/health`
   * answering 503 (so the load balancer takes it out of the pool) before it closes its port.
   */
  shutdownDrainMs: number;
}

/** Socket Mode: the app opens a WebSocket to Slack (no public URL needed). */
export interface SocketModeSettings extends CommonSettings {
  mode: 'socket';
  /** `SLACK_APP_TOKEN` (`xapp-…`, scope `connections:write`). */
  appToken: string;
  /** `SLACK_API_URL`: Slack's Web API base (default `https://slack.com/api/`; GovSlack: `https://slack-gov.com/api/`). */
  slackApiUrl?: string;
}

/** Everything the Slack app reads from its environment, besides the Jira settings core reads. */
export type SlackSettings = HttpSettings | SocketModeSettings;
