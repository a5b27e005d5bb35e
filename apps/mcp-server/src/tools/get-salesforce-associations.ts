import type { SfLinksClient } from '@sf-links/core';
import { z } from 'zod';
import { toolResultsShape } from '../result-schemas.js';
import { toToolResult } from '../to-tool-result.js';
import type { ToolDefinition } from './tool-definition.js';

/** Most issues in one call: keeps one answer within an assistant's context. */
export const maxIssuesPerCall = 50;

const inputShape = {
  issues: z
    .array(z.string())
    .min(1, 'Give at least one issue.')
    .max(maxIssuesPerCall, `Give at most ${maxIssuesPerCall} issues per call; split the list.`)
    .describe('Issue keys (PROJ-123), numeric ids or browse URLs'),
};

/** The read tool (contract §5): one lookup per issue, bounded concurrency, per-issue errors. */
export function getSalesforceAssociations(client: SfLinksClient): ToolDefinition<typeof inputShape> {
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
    async run({ issues }, signal) {
      return toToolResult(await client.lookupMany(issues, { signal }));
    },
  };
}
