import { maxIssuesPerCommand } from '../command/parse-command-text.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { SlackMessage } from './slack-message.js';

/** Usage, shown for `help` and for empty text; `command` is the name Slack sent (it may be renamed). */
export function buildHelpReply(command: string): SlackMessage {
  const name = escapeMrkdwn(command);
  const text = `Usage: ${name} &lt;issue&gt; [&lt;issue&gt; …] [share] — lists the Salesforce records linked to Jira issues.`;
  return {
    response_type: 'ephemeral',
    text,
    blocks: [
      {
        type: 'header',
        text: { type: 'plain_text', text: 'sf-links: Salesforce records linked to Jira issues' },
      },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: [
            `\`${name} SUP-42\` lists the Salesforce records (cases, accounts, contacts…) linked to a Jira issue.`,
            `\`${name} SUP-42 SUP-43\` looks up several at once (up to ${maxIssuesPerCommand}).`,
            `\`${name} SUP-42 share\` posts the answer in the channel; without \`share\` only you see it.`,
          ].join('\n'),
        },
      },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: 'An issue can be a key (`PROJ-123`), a numeric id (`11816`) or a pasted Jira link. Records show their object, id and sync flags (view only · auto-push · auto-pull).',
          },
        ],
      },
    ],
  };
}
