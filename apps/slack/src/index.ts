export type { AccessDecision, CommandOrigin } from './access/check-access.js';
export { checkIssues, checkOrigin } from './access/check-access.js';
export type { HttpReceiverOptions } from './app/create-http-receiver.js';
export { createHttpReceiver } from './app/create-http-receiver.js';
export type { CreateSlackAppOptions, ListenOptions, SlackApp, StopOptions } from './app/create-slack-app.js';
export { createSlackApp } from './app/create-slack-app.js';
export { SlackStartError } from './app/describe-start-failure.js';
export { isWithinReplayWindow, replayWindowSeconds } from './app/replay-window.js';
export { blockKitLimits } from './blocks/block-kit-limits.js';
export { buildHelpReply } from './blocks/build-help-reply.js';
export type { IssueAnswer, LookupReplyOptions } from './blocks/build-lookup-reply.js';
export { buildLookupReply } from './blocks/build-lookup-reply.js';
export type { Refusal } from './blocks/build-refusal-reply.js';
export { buildRefusalReply } from './blocks/build-refusal-reply.js';
export type { ErrorDescription } from './blocks/describe-error.js';
export { describeError } from './blocks/describe-error.js';
export { escapeMrkdwn } from './blocks/escape-mrkdwn.js';
export type { Block, SlackMessage } from './blocks/slack-message.js';
export type { LinkToOtherJira } from './command/find-links-to-other-jira.js';
export { findLinksToOtherJira } from './command/find-links-to-other-jira.js';
export type { ParsedCommand } from './command/parse-command-text.js';
export { maxIssuesPerCommand, parseCommandText } from './command/parse-command-text.js';
export type { AppLoggerOptions } from './logging/create-app-logger.js';
export { createAppLogger } from './logging/create-app-logger.js';
export type { AllowList } from './settings/allow-list.js';
export { loadSlackSettings, slackSettingsVariables } from './settings/load-slack-settings.js';
export { SettingsError } from './settings/settings-error.js';
export type {
  AccessPolicy,
  HttpSettings,
  LogLevelName,
  ProxySettings,
  SlackSettings,
  SocketModeSettings,
} from './settings/slack-settings.js';
