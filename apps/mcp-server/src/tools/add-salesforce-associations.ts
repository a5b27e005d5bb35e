import { newAssociationSchema, parseIssueInput, type SfLinksClient, toSfLinksError } from '@sf-links/core';
import { z } from 'zod';
import { toToolResult } from '../to-tool-result.js';
import type { ToolDefinition } from './tool-definition.js';

const inputShape = {
  issue: z.string().describe('Issue key, id or browse URL'),
  records: z.array(newAssociationSchema).max(1000).describe('Records to link, e.g. {son:"Case",soid:"500…"}'),
  replace: z.boolean().optional().describe('Unlink every current record first'),
  confirmUnlinkAll: z
    .boolean()
    .optional()
    .describe('Must be true when replace is true and records is empty (unlinks everything)'),
};

/** The write tool, registered only when SF_LINKS_ENABLE_WRITES=true. */
export function addSalesforceAssociations(client: SfLinksClient): ToolDefinition<typeof inputShape> {
  return {
    name: 'add_salesforce_associations',
    description:
      'Link Salesforce records to one Jira issue (replace=true swaps all links). Answers what the issue holds now.',
    inputShape,
    // Same `{ results }` shape as the read tool, left undeclared: declaring it twice would push
    // tools/list past its 1,000-token budget (see README, "Tool output").
    annotations: {
      title: 'Link Salesforce records to a Jira issue',
      readOnlyHint: false,
      // It can replace, i.e. unlink records: clients should ask before running it.
      destructiveHint: true,
      // The add-on skips soids it already holds, but that is documented only for Cloud: stay conservative.
      idempotentHint: false,
      openWorldHint: true,
    },
    async run({ issue, records, replace = false, confirmUnlinkAll }, signal) {
      const label = labelOf(issue);
      if (records.length === 0 && !replace) {
        return failure(label, 'No records given.', 'Give at least one {son, soid} record.');
      }
      if (records.length === 0 && confirmUnlinkAll !== true) {
        return failure(
          label,
          `replace with no records would unlink every Salesforce record from ${label}.`,
          'Ask the user, then call again with confirmUnlinkAll: true.',
        );
      }
      try {
        const answer = await client.addAssociations(issue, records, { replace, signal });
        return toToolResult([{ issue: answer.issue, associations: answer.associations }]);
      } catch (error) {
        const { code, message } = toSfLinksError(error, label);
        return toToolResult([{ issue: label, error: { code, message } }]);
      }
    },
  };
}

function failure(issue: string, detail: string, hint: string) {
  return toToolResult([{ issue, error: { code: 'INVALID_INPUT', message: `${detail} ${hint}` } }]);
}

/** The normalised key or id when the input parses (core reports it otherwise), for result labels. */
function labelOf(issue: string): string {
  try {
    return parseIssueInput(issue).idOrKey;
  } catch {
    return issue.trim();
  }
}
