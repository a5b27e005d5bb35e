import { issueFailureSchema, issueSuccessSchema } from '@sf-links/core';
import { z } from 'zod';

/**
 * Core's success element (contract §4) plus `count`, so an assistant need not count the records.
 * Built from core's schemas, never re-declared: a change there reaches the tools' outputSchema.
 */
export const countedIssueSuccessSchema = issueSuccessSchema.extend({
  count: z.number().int().describe('Number of associations'),
});
export type CountedIssueSuccess = z.infer<typeof countedIssueSuccessSchema>;

/** One element of `results`: core's `issueResultSchema` with `count` on its success branch. */
export const toolIssueResultSchema = z.union([countedIssueSuccessSchema, issueFailureSchema]);
export type ToolIssueResult = z.infer<typeof toolIssueResultSchema>;

/** `structuredContent` of both tools: one element per issue, in input order (contract §5). */
export const toolResultsShape = { results: z.array(toolIssueResultSchema) };
export type ToolResults = { results: ToolIssueResult[] };
