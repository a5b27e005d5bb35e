import {
  type Association,
  buildAddAssociationsRequest,
  InvalidInputError,
  type IssueReference,
  type NewAssociation,
  parseAddAssociationsResponse,
} from '@sf-links/core';
import type { JiraConnection } from './create-jira-connection';
import { getManyAssociations } from './get-many-associations';

export interface CreateAssociationsOptions {
  replace: boolean;
  /** The user confirmed that replacing with an empty list removes every association. */
  confirmRemoveAll: boolean;
}

/** What the issue holds after the write, read back, plus the add-on's message if it sent one. */
export interface CreateAssociationsResult {
  associations: Association[];
  message: string | undefined;
}

/** POSTs the records once (never retried), then reads the issue's associations back. */
export async function createAssociations(
  connection: JiraConnection,
  issue: IssueReference,
  records: readonly NewAssociation[],
  options: CreateAssociationsOptions,
): Promise<CreateAssociationsResult> {
  if (records.length === 0 && !options.replace) {
    throw new InvalidInputError(
      `No records to add to ${issue.idOrKey}.`,
      'Add at least one record (object name and Salesforce id).',
    );
  }
  if (records.length === 0 && !options.confirmRemoveAll) {
    throw new InvalidInputError(
      `Replacing the associations of ${issue.idOrKey} with an empty list would remove all of them.`,
      'Give the records to keep, or turn on "Remove All When the List Is Empty" to confirm.',
    );
  }
  const context = connection.contextFor('add', issue.idOrKey);
  const request = buildAddAssociationsRequest(connection.baseUrl, issue, records, options.replace);
  const answer = parseAddAssociationsResponse(await connection.send(request, context), context);
  const associations = await getManyAssociations(connection, issue);
  return { associations, message: answer.message };
}
