import type { AccessDecision } from '../access/check-access.js';
import type { ParsedCommand } from '../command/parse-command-text.js';
import { escapeWithin } from './escape-mrkdwn.js';
import type { SlackMessage } from './slack-message.js';

/** Why a command is answered at once without a lookup. */
export type Refusal =
  | Extract<ParsedCommand, { kind: 'not-issues' } | { kind: 'too-many' }>
  | { kind: 'access'; decision: Extract<AccessDecision, { allowed: false }> };

function refusalText(refusal: Refusal, command: string): string {
  const help = `Type \`${escapeWithin(command, 40)} help\` for examples.`;
  switch (refusal.kind) {
    case 'not-issues': {
      const shown = refusal.tokens.slice(0, 5).map((token) => `\`${escapeWithin(token, 80)}\``);
      const more = refusal.tokens.length > 5 ? ` and ${refusal.tokens.length - 5} more` : '';
      const verb = refusal.tokens.length === 1 ? 'is not a Jira issue' : 'are not Jira issues';
      return `${shown.join(', ')}${more} ${verb}. Give an issue key (PROJ-123), a numeric issue id (11816) or a Jira browse URL. ${help}`;
    }
    case 'too-many':
      return `That is ${refusal.count} issues; one command looks up at most ${refusal.max}. Split them over several commands.`;
    case 'access':
      return accessText(refusal.decision);
    default: {
      const unknown: never = refusal;
      throw new Error(`Unhandled refusal ${JSON.stringify(unknown)}`);
    }
  }
}

function accessText(decision: Extract<AccessDecision, { allowed: false }>): string {
  switch (decision.reason) {
    case 'team':
      return 'sf-links is not enabled for this workspace. Ask the person who runs sf-links to add it to SLACK_ALLOWED_TEAMS.';
    case 'channel':
      return 'sf-links is not enabled in this channel. Try it in a channel where it is enabled, or ask the person who runs sf-links to add this one to SLACK_ALLOWED_CHANNELS.';
    case 'user':
      return 'You are not on the list of people who may use sf-links. Ask the person who runs sf-links to add you to SLACK_ALLOWED_USERS.';
    case 'project': {
      const ids = decision.issues.filter((issue) => issue.kind === 'id');
      const keys = decision.issues.filter((issue) => issue.kind === 'key');
      const parts: string[] = [];
      if (keys.length > 0) {
        const shown = keys.slice(0, 5).map((issue) => `\`${escapeWithin(issue.idOrKey, 80)}\``);
        parts.push(
          `sf-links may not look up ${shown.join(', ')}: the project is not on SF_LINKS_ALLOWED_PROJECTS.`,
        );
      }
      if (ids.length > 0) {
        parts.push(
          'Numeric issue ids are not accepted here because their project cannot be checked: give the issue key instead (PROJ-123).',
        );
      }
      return parts.join(' ');
    }
    default: {
      const unknown: never = decision;
      throw new Error(`Unhandled access decision ${JSON.stringify(unknown)}`);
    }
  }
}

/** An immediate, ephemeral answer in the ack itself: nothing was looked up. */
export function buildRefusalReply(refusal: Refusal, command: string): SlackMessage {
  const text = refusalText(refusal, command);
  return {
    response_type: 'ephemeral',
    text,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `:no_entry_sign: ${text}` } }],
  };
}
