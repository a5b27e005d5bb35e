import type { AccessDecision } from '../access/check-access.js';
import type { LinkToOtherJira } from '../command/find-links-to-other-jira.js';
import type { ParsedCommand } from '../command/parse-command-text.js';
import { escapeCodeWithin } from './escape-mrkdwn.js';
import type { SlackMessage } from './slack-message.js';

/** Why a command is answered at once without a lookup. */
export type Refusal =
  | Extract<ParsedCommand, { kind: 'not-issues' } | { kind: 'too-many' }>
  | { kind: 'access'; decision: Extract<AccessDecision, { allowed: false }> }
  /** Pasted links to another Jira: `configuredJira` is the one sf-links is set up for (host and path). */
  | { kind: 'other-jira'; links: LinkToOtherJira[]; configuredJira: string };

function refusalText(refusal: Refusal, command: string): string {
  const help = `Type \`${escapeCodeWithin(command, 40)} help\` for examples.`;
  switch (refusal.kind) {
    case 'not-issues': {
      const shown = refusal.tokens.slice(0, 5).map((token) => `\`${escapeCodeWithin(token, 80)}\``);
      const more = refusal.tokens.length > 5 ? ` and ${refusal.tokens.length - 5} more` : '';
      const verb = refusal.tokens.length === 1 ? 'is not a Jira issue' : 'are not Jira issues';
      return `${shown.join(', ')}${more} ${verb}. Give an issue key (PROJ-123), a numeric issue id (11816) or a Jira browse URL. ${help}`;
    }
    case 'too-many':
      return `That is ${refusal.count} issues; one command looks up at most ${refusal.max}. Split them over several commands.`;
    case 'access':
      return accessText(refusal.decision);
    case 'other-jira':
      return otherJiraText(refusal.links, refusal.configuredJira);
    default: {
      const unknown: never = refusal;
      throw new Error(`Unhandled refusal ${JSON.stringify(unknown)}`);
    }
  }
}

// Code spans: Slack would otherwise turn a bare host into a link; no link to the configured Jira is
// shown for these keys, since there they name other issues.
function otherJiraText(links: readonly LinkToOtherJira[], configuredJira: string): string {
  const configured = `\`${escapeCodeWithin(configuredJira, 120)}\``;
  const shown = links
    .slice(0, 5)
    .map((link) => `\`${escapeCodeWithin(link.idOrKey, 80)}\` (\`${escapeCodeWithin(link.jira, 120)}\`)`);
  const more = links.length > 5 ? ` and ${links.length - 5} more` : '';
  if (links.length === 1 && links[0]) {
    const key = `\`${escapeCodeWithin(links[0].idOrKey, 80)}\``;
    return `The link to ${key} points at the Jira at \`${escapeCodeWithin(links[0].jira, 120)}\`, but sf-links is set up for ${configured}, so nothing was looked up. Open the link in its own Jira, or give the key alone (${key}) if you meant the issue on ${configured}.`;
  }
  return `The links to ${shown.join(', ')}${more} point at other Jiras, but sf-links is set up for ${configured}, so nothing was looked up. Open the links in their own Jira, or give the keys alone if you meant the issues on ${configured}.`;
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
        const shown = keys.slice(0, 5).map((issue) => `\`${escapeCodeWithin(issue.idOrKey, 80)}\``);
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
