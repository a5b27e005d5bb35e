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

interface CommonSettings {
  /** `SLACK_BOT_TOKEN` (`xoxb-…`). Never used for a Web API call to answer a command. */
  botToken: string;
  access: AccessPolicy;
  /** `SLACK_LOG_LEVEL`, default `info`. */
  logLevel: LogLevelName;
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
}

/** Socket Mode: the app opens a WebSocket to Slack (no public URL needed). */
export interface SocketModeSettings extends CommonSettings {
  mode: 'socket';
  /** `SLACK_APP_TOKEN` (`xapp-…`, scope `connections:write`). */
  appToken: string;
}

/** Everything the Slack app reads from its environment, besides the Jira settings core reads. */
export type SlackSettings = HttpSettings | SocketModeSettings;
