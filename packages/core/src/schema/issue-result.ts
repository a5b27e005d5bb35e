import { z } from 'zod';
import { errorCodes } from '../errors/error-code.js';
import { associationSchema } from './association.js';

/** The error part of a failed lookup, as `--json`, MCP and n8n show it. */
export const issueErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
});
export type IssueError = z.infer<typeof issueErrorSchema>;

export const issueSuccessSchema = z.object({
  issue: z.string(),
  associations: z.array(associationSchema),
});
export type IssueSuccess = z.infer<typeof issueSuccessSchema>;

export const issueFailureSchema = z.object({
  issue: z.string(),
  error: issueErrorSchema,
});
export type IssueFailure = z.infer<typeof issueFailureSchema>;

/** One element of the CLI's `--json` array and of MCP's `results` (contract §4, §5). */
export const issueResultSchema = z.union([issueSuccessSchema, issueFailureSchema]);
export type IssueResult = z.infer<typeof issueResultSchema>;

export function isIssueFailure(result: IssueResult): result is IssueFailure {
  return 'error' in result;
}
