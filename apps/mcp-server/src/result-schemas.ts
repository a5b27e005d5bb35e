import { issueErrorSchema, issueFailureSchema, issueSuccessSchema } from '@sf-links/core';
import { z } from 'zod';

/**
 * Core's success element (contract §4) plus `count`, so an assistant need not count the records.
 * Built from core's schemas, never re-declared: a change there reaches the tools' outputSchema.
 */
export const countedIssueSuccessSchema = issueSuccessSchema.extend({
  // zod's int() adds ±2^53 bounds to the JSON Schema; only the lower one says anything.
  count: z.number().int().nonnegative().meta({ maximum: undefined }).describe('Number of associations'),
});
export type CountedIssueSuccess = z.infer<typeof countedIssueSuccessSchema>;

/** One element of `results`: core's `issueResultSchema` with `count` on its success branch. */
export const toolIssueResultSchema = z.union([countedIssueSuccessSchema, issueFailureSchema]);
export type ToolIssueResult = z.infer<typeof toolIssueResultSchema>;

/**
 * Why the arguments were refused as a whole (no issue, too many, not a list): always INVALID_INPUT,
 * declared so to keep `tools/list` short. Every other failure belongs to an issue.
 */
export const callRefusalSchema = issueErrorSchema.extend({ code: z.literal('INVALID_INPUT') });

/**
 * `structuredContent` of both tools: one element per issue, in input order (contract §5); `error`
 * only when the call was refused as a whole, `results` then empty.
 */
export const toolResultsShape = {
  results: z.array(toolIssueResultSchema),
  error: callRefusalSchema.optional(),
};
export type ToolResults = z.infer<z.ZodObject<typeof toolResultsShape>>;
