import {
  type AddAssociationsResult,
  checkWriteIntent,
  InvalidInputError,
  type NewAssociation,
  newAssociationSchema,
  parseIssueInput,
  type SfLinksClient,
  SfLinksError,
  toSfLinksError,
  validateNewAssociations,
} from '@sf-links/core';
import { z } from 'zod';
import { flagsText } from '../render-results-text.js';
import { type ToolAnswer, toToolResult } from '../to-tool-result.js';
import type { ToolDefinition } from './tool-definition.js';

/** Most records in one write. */
const maxRecords = 1000;

const inputShape = {
  issue: z.string().describe('Issue key, id or browse URL'),
  records: z
    .array(newAssociationSchema)
    .max(maxRecords)
    .describe('Records to link, e.g. {son:"Case",soid:"500…"}'),
  replace: z.boolean().optional().describe('Unlink every current record first'),
  confirmUnlinkAll: z
    .boolean()
    .optional()
    .describe('Must be true when replace is true and records is empty (unlinks everything)'),
};

const recordHint =
  'Give each record as {"son": "Case", "soid": "500J80000019IF9IAM"}: a 15- or 18-character Salesforce id, of the object named.';

interface WriteArguments {
  issue: string;
  records: NewAssociation[];
  replace: boolean;
  confirmUnlinkAll: boolean;
}

function optionalFlag(input: Record<string, unknown>, name: 'replace' | 'confirmUnlinkAll'): boolean {
  const value = input[name];
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  throw new InvalidInputError(
    `The argument "${name}" must be true or false, not ${JSON.stringify(value) ?? String(value)}.`,
    'Nothing was sent.',
  );
}

/**
 * The arguments checked before any request, with core's own record checks (id form, object prefix):
 * a bad one answers INVALID_INPUT naming the argument and how to send it.
 */
function readArguments(input: Record<string, unknown>): WriteArguments {
  const { issue, records } = input;
  if (typeof issue !== 'string') {
    throw new InvalidInputError(
      `The argument "issue" must be one issue as a string${issue === undefined ? '' : `, not ${JSON.stringify(issue)}`}.`,
      'Give a key ("PROJ-123"), an id ("11816") or a browse URL.',
    );
  }
  if (!Array.isArray(records)) {
    throw new InvalidInputError(
      `The argument "records" must be a list of records${records === undefined ? '' : `, not ${JSON.stringify(records)}`}.`,
      recordHint,
    );
  }
  if (records.length > maxRecords) {
    throw new InvalidInputError(
      `${records.length} records in one call; at most ${maxRecords}.`,
      'Split the records over several calls (without replace).',
    );
  }
  return {
    issue,
    records: validateNewAssociations(records, recordHint),
    replace: optionalFlag(input, 'replace'),
    confirmUnlinkAll: optionalFlag(input, 'confirmUnlinkAll'),
  };
}

/** The write tool, registered only when SF_LINKS_ENABLE_WRITES=true. */
export function addSalesforceAssociations(client: SfLinksClient): ToolDefinition {
  return {
    name: 'add_salesforce_associations',
    description:
      'Link Salesforce records to one Jira issue (replace=true swaps all links; linked records keep their flags otherwise). Answers what the issue holds now.',
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
    async run(input, { signal }) {
      const label =
        typeof input.issue === 'string' ? labelOf(input.issue) : (JSON.stringify(input.issue) ?? '');
      try {
        const { issue, records, replace, confirmUnlinkAll } = readArguments(input);
        checkIntent(label, records, replace, confirmUnlinkAll);
        const answer = await client.addAssociations(issue, records, {
          replace,
          confirmRemoveAll: confirmUnlinkAll,
          signal,
        });
        return withFlagsNotApplied(
          toToolResult([{ issue: answer.issue, associations: answer.associations }]),
          answer,
        );
      } catch (error) {
        // A read-back failure after the write is an error too; core's message says the write happened.
        const { code, message } = toSfLinksError(error, label);
        return toToolResult([{ issue: label, error: { code, message } }]);
      }
    },
  };
}

/**
 * Core decides which writes are refused (nothing to add, an unconfirmed replace with nothing); the
 * tool only says which argument the assistant should send about it.
 */
function checkIntent(
  issue: string,
  records: readonly NewAssociation[],
  replace: boolean,
  confirmUnlinkAll: boolean,
): void {
  try {
    checkWriteIntent(issue, records, { replace, confirmRemoveAll: confirmUnlinkAll });
  } catch (error) {
    if (!SfLinksError.isInstance(error)) throw error;
    throw new InvalidInputError(
      error.detail,
      replace
        ? 'Nothing was sent. Ask the user, then call again with confirmUnlinkAll: true; or give the records the issue should keep.'
        : 'Give at least one {son, soid} record.',
    );
  }
}

/**
 * Records linked already with other flags kept theirs (the add-on changes flags only on replace):
 * said in `structuredContent` and the text, so the assistant does not report flags as set.
 */
function withFlagsNotApplied(answer: ToolAnswer, result: AddAssociationsResult): ToolAnswer {
  if (result.flagsNotApplied.length === 0) return answer;
  const lines = result.flagsNotApplied.map((record) => {
    const stored = result.associations.find((association) => association.soid === record.soid);
    return `Flags not applied: ${record.son} ${record.soid} was linked already and keeps ${stored ? flagsText(stored) : 'its flags'} (asked: ${flagsText(record)}).`;
  });
  lines.push(
    'To change flags, call again with replace: true and every record the issue should keep, each with its flags (records left out are unlinked).',
  );
  const [text] = answer.content;
  return {
    ...answer,
    content: [{ type: 'text', text: [text?.text ?? '', ...lines].join('\n') }],
    structuredContent: { ...answer.structuredContent, flagsNotApplied: result.flagsNotApplied },
  };
}

/** The normalised key or id when the input parses (core reports it otherwise), for result labels. */
function labelOf(issue: string): string {
  try {
    return parseIssueInput(issue).idOrKey;
  } catch {
    return issue.trim();
  }
}
