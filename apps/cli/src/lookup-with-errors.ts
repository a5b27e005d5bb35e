import {
  type IssueResult,
  parseIssueInput,
  runWithConcurrency,
  type SfLinksClient,
  type SfLinksError,
  toSfLinksError,
} from '@sf-links/core';

/**
 * The --debug twin of `client.lookupMany`: same results in the same order, but each failure's full
 * error (stack, cause chain) goes to `onError`, which lookupMany's plain results cannot carry.
 */
export function lookupWithErrors(
  client: SfLinksClient,
  issues: readonly string[],
  onError: (error: SfLinksError) => void,
): Promise<IssueResult[]> {
  return runWithConcurrency(issues, 8, async (issue): Promise<IssueResult> => {
    let label = issue.trim();
    try {
      const reference = parseIssueInput(issue);
      label = reference.idOrKey;
      return { issue: label, associations: await client.listAssociations(reference) };
    } catch (error) {
      const failure = toSfLinksError(error, label);
      onError(failure);
      return { issue: label, error: { code: failure.code, message: failure.message } };
    }
  });
}
