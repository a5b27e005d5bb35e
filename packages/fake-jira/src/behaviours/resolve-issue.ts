import type { SeedIssue } from '../seed.js';
import type { RequestContext } from '../server/request-context.js';
import { sendErrorCollection } from '../server/send-error-collection.js';

const issueIdPattern = /^\d+$/;
const issueKeyPattern = /^[A-Za-z][A-Za-z0-9_]*-\d+$/;

/**
 * Finds the issue named by `jiraIssueIdOrKey` (behaviours 1, 2, 4, 8, 9), or answers 400 (missing or
 * malformed), 404 or 403 (unknown or hidden) and returns `undefined`.
 */
export function resolveIssue(context: RequestContext): SeedIssue | undefined {
  const { response, state } = context;
  const value = context.url.searchParams.get('jiraIssueIdOrKey');
  if (value === null || value.trim() === '') {
    sendErrorCollection(response, 400, ["The query parameter 'jiraIssueIdOrKey' is required."]);
    return undefined;
  }
  if (!issueIdPattern.test(value) && !issueKeyPattern.test(value)) {
    sendErrorCollection(response, 400, [], {
      jiraIssueIdOrKey: `'${value}' is not a valid issue id or key.`,
    });
    return undefined;
  }
  const issue = state.store.find(value, state.switches);
  if (issue?.visible) return issue;
  if (state.switches.hiddenIssueAnswer === 403) {
    sendErrorCollection(response, 403, ['You do not have the permission to see the specified issue.']);
  } else {
    sendErrorCollection(response, 404, ['Issue Does Not Exist']);
  }
  return undefined;
}
