import {
  type Association,
  buildAddAssociationsRequest,
  checkWriteIntent,
  findFlagsNotApplied,
  InvalidInputError,
  type IssueReference,
  type NewAssociation,
  parseAddAssociationsResponse,
  type SfLinksError,
  toReadBackError,
  toSfLinksError,
} from '@sf-links/core';
import type { JiraConnection } from './create-jira-connection';
import { getManyAssociations } from './get-many-associations';

export interface CreateAssociationsOptions {
  replace: boolean;
  /** "Remove All When the List Is Empty": confirms that replacing with no records removes every link. */
  confirmRemoveAll: boolean;
}

/** What the issue holds after the write, read back, plus the add-on's message if it sent one. */
export interface CreateAssociationsResult {
  associations: Association[];
  message: string | undefined;
  /** Records linked already with other flags: the add-on kept the stored flags (never with replace). */
  flagsNotApplied: NewAssociation[];
}

/** Core's one rule for writes that cannot be meant (nothing to add, an unconfirmed removal of every link). */
function intentProblem(
  issue: string,
  records: readonly NewAssociation[],
  options: CreateAssociationsOptions,
): SfLinksError | undefined {
  try {
    checkWriteIntent(issue, records, options);
    return undefined;
  } catch (error) {
    // Returned, not thrown here: n8n's lint wants no raw error thrown from a catch.
    return toSfLinksError(error, issue);
  }
}

/** POSTs the records once (never retried), then reads the issue's associations back. */
export async function createAssociations(
  connection: JiraConnection,
  issue: IssueReference,
  records: readonly NewAssociation[],
  options: CreateAssociationsOptions,
): Promise<CreateAssociationsResult> {
  const problem = intentProblem(issue.idOrKey, records, options);
  if (problem) {
    // Core's words for what is wrong, the node's own fields for what to do.
    throw new InvalidInputError(
      `${problem.detail} Nothing was sent.`,
      options.replace
        ? 'Give the records the issue should keep, or turn on "Remove All When the List Is Empty" to confirm.'
        : 'Add at least one record (object name and Salesforce id).',
    );
  }
  const context = connection.contextFor('add', issue.idOrKey);
  const request = buildAddAssociationsRequest(connection.baseUrl, issue, records, options.replace);
  const answer = parseAddAssociationsResponse(await connection.send(request, context), context);
  // The write happened: a failed read must say so, not read as a failed write.
  const associations = await getManyAssociations(connection, issue).catch((error: unknown) => {
    throw toReadBackError(error, issue.idOrKey);
  });
  return {
    associations,
    message: answer.message,
    flagsNotApplied: options.replace ? [] : findFlagsNotApplied(records, associations),
  };
}
