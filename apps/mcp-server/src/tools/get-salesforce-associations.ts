import { InvalidInputError, type IssueResult, type SfLinksClient } from '@sf-links/core';
import { z } from 'zod';
import { lookupWithinDeadline } from '../lookup-within-deadline.js';
import { toolResultsShape } from '../result-schemas.js';
import { toRefusal, toToolResult } from '../to-tool-result.js';
import type { ToolDefinition } from './tool-definition.js';

/** Most issues in one call: keeps one answer within an assistant's context. */
export const maxIssuesPerCall = 50;

const inputShape = {
  issues: z
    .array(z.string())
    .min(1)
    .max(maxIssuesPerCall)
    .describe('Issue keys (PROJ-123), numeric ids or browse URLs'),
};

const example = 'e.g. {"issues": ["PROJ-123", "11816"]}';

/** A bounded, one-line form of a value the assistant sent, for messages. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** Refuses `issues` as a whole when it is no list of 1–50 entries, saying what to send. */
function refuseIssues(issues: unknown): InvalidInputError | undefined {
  if (issues === undefined) {
    return new InvalidInputError('The argument "issues" is missing.', `Send a list of issues, ${example}.`);
  }
  if (!Array.isArray(issues)) {
    return new InvalidInputError(
      `The argument "issues" must be a list of strings, not ${shown(issues)}.`,
      `Send ${example}.`,
    );
  }
  if (issues.length === 0) {
    return new InvalidInputError('No issue given.', `Give at least one issue, ${example}.`);
  }
  if (issues.length > maxIssuesPerCall) {
    return new InvalidInputError(
      `${issues.length} issues in one call; at most ${maxIssuesPerCall} are looked up at once.`,
      `Give at most ${maxIssuesPerCall} issues per call; split the list.`,
    );
  }
  return undefined;
}

/** An entry that is not a string fails on its own, like an issue in no accepted form. */
function notAString(value: unknown, index: number): IssueResult {
  const error = new InvalidInputError(
    `Issue ${index + 1} is ${shown(value)}, not a string.`,
    'Give each issue as a string: a key ("PROJ-123"), an id ("11816") or a browse URL.',
  );
  return { issue: shown(value), error: { code: error.code, message: error.message } };
}

/** The read tool (contract §5): one lookup per issue, bounded concurrency, per-issue errors. */
export function getSalesforceAssociations(client: SfLinksClient): ToolDefinition {
  return {
    name: 'get_salesforce_associations',
    description:
      'List the Salesforce records (object, id, sync flags, link) linked to Jira issues by the Connector for Salesforce & Jira.',
    inputShape,
    outputShape: toolResultsShape,
    annotations: {
      title: 'Get Salesforce links of Jira issues',
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: true,
      openWorldHint: true,
    },
    async run({ issues }, context) {
      const refused = refuseIssues(issues);
      if (refused) return toRefusal(refused);
      const entries = issues as unknown[];
      const strings = entries.filter((entry): entry is string => typeof entry === 'string');
      const found = strings.length > 0 ? await lookupWithinDeadline(client, strings, context) : [];
      let next = 0;
      // Results stay in input order, the entries that are not strings in their own places.
      const results = entries.map((entry, index) =>
        typeof entry === 'string' ? (found[next++] as IssueResult) : notAString(entry, index),
      );
      return toToolResult(results);
    },
  };
}
