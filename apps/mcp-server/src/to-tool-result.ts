import type { InvalidInputError, IssueResult, NewAssociation } from '@sf-links/core';
import { renderResultsText } from './render-results-text.js';
import type { ToolIssueResult, ToolResults } from './result-schemas.js';

/** A tool's answer, shaped as MCP's CallToolResult without importing the SDK here. */
export interface ToolAnswer {
  [key: string]: unknown;
  content: { type: 'text'; text: string }[];
  /** `flagsNotApplied`: only from the write tool, when records linked already kept their flags. */
  structuredContent: ToolResults & { flagsNotApplied?: NewAssociation[] };
  isError: boolean;
}

function withCount(result: IssueResult): ToolIssueResult {
  return 'error' in result ? result : { ...result, count: result.associations.length };
}

/** `isError` only when every issue failed: one bad issue must not hide the others' records. */
export function toToolResult(results: readonly IssueResult[]): ToolAnswer {
  const counted = results.map(withCount);
  return {
    content: [{ type: 'text', text: renderResultsText(counted) }],
    structuredContent: { results: counted },
    isError: counted.length > 0 && counted.every((result) => 'error' in result),
  };
}

/** Arguments refused as a whole (no issue, too many, wrong type): nothing was looked up. */
export function toRefusal(error: InvalidInputError): ToolAnswer {
  const { message } = error;
  return {
    content: [{ type: 'text', text: `error INVALID_INPUT — ${message}` }],
    structuredContent: { results: [], error: { code: 'INVALID_INPUT', message } },
    isError: true,
  };
}
