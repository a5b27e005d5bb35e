import {
  type Association,
  buildListAssociationsRequest,
  type IssueReference,
  parseListAssociationsResponse,
} from '@sf-links/core';
import type { JiraConnection } from './create-jira-connection';

/** The associations of one issue, parsed and mapped by core. */
export async function getManyAssociations(
  connection: JiraConnection,
  issue: IssueReference,
): Promise<Association[]> {
  const context = connection.contextFor('list', issue.idOrKey);
  const response = await connection.send(buildListAssociationsRequest(connection.baseUrl, issue), context);
  return parseListAssociationsResponse(response, context, connection.salesforceBaseUrl);
}
