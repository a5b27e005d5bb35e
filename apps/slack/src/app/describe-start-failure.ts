import type { SlackSettings } from '../settings/slack-settings.js';

/** Why the app could not start, in one line naming the variable to fix and what to do. */
export class SlackStartError extends Error {
  readonly code = 'SLACK_START';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SlackStartError';
  }
}

// Slack's answers to apps.connections.open that no retry will change (as @slack/socket-mode lists them).
const refusedToken = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'user_removed_from_team',
  'team_disabled',
]);

/** The Slack API error code of a Web API failure (`WebAPIPlatformError.data.error`), if any. */
function slackErrorOf(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/**
 * Socket Mode start failures in terms of the settings: a refused app token names SLACK_APP_TOKEN, an
 * unreachable API names the network settings. Undefined for anything else.
 */
export function describeSocketStartFailure(error: unknown, settings: SlackSettings): string | undefined {
  if (settings.mode !== 'socket') return undefined;
  const api = settings.slackApiUrl ?? 'https://slack.com/api/';
  const slackError = slackErrorOf(error);
  if (slackError && refusedToken.has(slackError)) {
    return `Slack refused SLACK_APP_TOKEN (${slackError}): create a new app-level token with the connections:write scope (Basic Information → App-Level Tokens) and set SLACK_APP_TOKEN to it`;
  }
  if (slackError === 'not_allowed_token_type') {
    return 'SLACK_APP_TOKEN is not an app-level token (not_allowed_token_type): set it to the xapp-… token from Basic Information → App-Level Tokens';
  }
  if (slackError) {
    return `Slack refused to open a Socket Mode connection (${slackError}): check that Socket Mode is enabled for the app and SLACK_APP_TOKEN belongs to it`;
  }
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'slack_webapi_request_error' || code === 'slack_webapi_http_error') {
    return `Slack's API at ${api} could not be reached: check the network, HTTPS_PROXY / NO_PROXY, and SLACK_API_URL if set`;
  }
  return undefined;
}
