/** One Salesforce record linked to a Jira issue, as the add-on stores it. */
export interface SeedAssociation {
  /** Numeric id of the Jira issue, as a string. */
  jiraIssueId: string;
  /** Salesforce object name: `Case`, `Account`, … */
  son: string;
  /** Salesforce record id, stored and returned exactly as given (behaviour 21). */
  soid: string;
  viewOnly?: boolean;
  autoPush?: boolean;
  autoPull?: boolean;
}
