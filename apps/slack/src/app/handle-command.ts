import { type IssueResult, type SfLinksClient, toSfLinksError } from '@sf-links/core';
import type { AllMiddlewareArgs, Logger, RespondFn, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { checkIssues, checkOrigin } from '../access/check-access.js';
import { buildHelpReply } from '../blocks/build-help-reply.js';
import { buildLookupReply, type IssueAnswer } from '../blocks/build-lookup-reply.js';
import { buildRefusalReply } from '../blocks/build-refusal-reply.js';
import type { SlackMessage } from '../blocks/slack-message.js';
import { findLinksToOtherJira, jiraLocationOf } from '../command/find-links-to-other-jira.js';
import { parseCommandText } from '../command/parse-command-text.js';
import type { AccessPolicy } from '../settings/slack-settings.js';

export interface CommandHandlerOptions {
  client: SfLinksClient;
  access: AccessPolicy;
  logger: Logger;
  /** Called with each reply's promise so the app can wait for replies in flight when it stops. */
  track?: (reply: Promise<void>) => void;
}

/** Issues of one command looked up at once; the cap of 10 per command keeps this small anyway. */
const lookupConcurrency = 4;

async function deliver(respond: RespondFn, message: SlackMessage, logger: Logger): Promise<boolean> {
  try {
    // respond() posts through the app's fetch (proxy, and aborted after the response-URL timeout).
    const response: unknown = await respond(message);
    // Bolt hands back the response unread; cancelling its body frees the connection at once.
    await (response as { body?: { cancel?: () => Promise<void> } | null } | undefined)?.body?.cancel?.();
    return true;
  } catch (error) {
    // The response URL expires after 30 minutes or 5 uses; log why, never the URL itself.
    const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
    const code = typeof cause?.code === 'string' ? ` (${cause.code})` : '';
    logger.warn(`Could not deliver the reply to Slack's response URL${code}:`, error);
    return false;
  }
}

function summarise(results: readonly IssueResult[]): string {
  return results
    .map((result) =>
      'error' in result
        ? `${result.issue} ${result.error.code}`
        : `${result.issue} ok(${result.associations.length})`,
    )
    .join(', ');
}

/**
 * The `/sf-links` listener: usage errors, help and refusals are answered in the ack; a lookup is
 * acked empty at once and answered exactly once through `respond()`, whatever Jira does.
 */
export function createCommandHandler(options: CommandHandlerOptions) {
  const { client, access, logger } = options;

  async function lookUpAndReply(
    answersFor: IssueAnswer['reference'][],
    share: boolean,
    respond: RespondFn,
    origin: string,
  ): Promise<void> {
    const started = Date.now();
    let message: SlackMessage;
    let summary: string;
    try {
      // References, not bare keys: core refuses a link to another Jira again (refused in the ack already).
      const results = await client.lookupMany(answersFor, { concurrency: lookupConcurrency });
      const answers = answersFor.map((reference, index) => ({
        reference,
        result: results[index] ?? {
          issue: reference.idOrKey,
          error: { code: 'INTERNAL' as const, message: 'No result.' },
        },
      }));
      message = buildLookupReply({ answers, jiraBaseUrl: client.baseUrl, share });
      summary = summarise(results);
    } catch (error) {
      // lookupMany never throws for Jira's failures; this is a bug, still answered in plain words.
      const failure = toSfLinksError(error);
      logger.error('Lookup failed unexpectedly:', failure);
      const answers = answersFor.map((reference) => ({
        reference,
        result: {
          issue: reference.idOrKey,
          error: { code: 'INTERNAL' as const, message: 'An unexpected error occurred.' },
        },
      }));
      message = buildLookupReply({ answers, jiraBaseUrl: client.baseUrl, share });
      summary = 'INTERNAL';
    }
    const lookedUpMs = Date.now() - started;
    const delivered = await deliver(respond, message, logger);
    logger.info(
      `${origin}: ${summary}, looked up in ${lookedUpMs} ms${delivered ? '' : ', reply not delivered'}${share ? ', shared' : ''}`,
    );
  }

  return async ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const origin = `${command.command} from ${command.user_id} in ${command.channel_id} (${command.team_id})`;
    const originDecision = checkOrigin(access, {
      teamId: command.team_id,
      enterpriseId: command.enterprise_id,
      channelId: command.channel_id,
      userId: command.user_id,
    });
    if (!originDecision.allowed) {
      logger.info(`${origin}: refused (${originDecision.reason} not allowed)`);
      await ack(buildRefusalReply({ kind: 'access', decision: originDecision }, command.command));
      return;
    }
    const parsed = parseCommandText(command.text ?? '');
    if (parsed.kind === 'help') {
      await ack(buildHelpReply(command.command));
      return;
    }
    if (parsed.kind !== 'lookup') {
      logger.info(`${origin}: usage error (${parsed.kind})`);
      await ack(buildRefusalReply(parsed, command.command));
      return;
    }
    // A usage error like any other: answered in the ack, before the access check and any lookup.
    const linksToOtherJira = findLinksToOtherJira(parsed.issues, client.baseUrl);
    if (linksToOtherJira.length > 0) {
      logger.info(`${origin}: usage error (link to another Jira)`);
      await ack(
        buildRefusalReply(
          { kind: 'other-jira', links: linksToOtherJira, configuredJira: jiraLocationOf(client.baseUrl) },
          command.command,
        ),
      );
      return;
    }
    const issueDecision = checkIssues(access, parsed.issues);
    if (!issueDecision.allowed) {
      // The refused keys too: the audit trail says what was asked, refused or not.
      const refusedIssues =
        'issues' in issueDecision ? issueDecision.issues.map((issue) => issue.idOrKey) : [];
      logger.info(`${origin}: refused (${issueDecision.reason} not allowed: ${refusedIssues.join(', ')})`);
      await ack(buildRefusalReply({ kind: 'access', decision: issueDecision }, command.command));
      return;
    }
    await ack();
    const reply = lookUpAndReply(parsed.issues, parsed.share, respond, origin);
    options.track?.(reply);
    await reply;
  };
}
