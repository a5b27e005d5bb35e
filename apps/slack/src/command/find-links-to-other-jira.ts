import { checkIssueOnJira, type IssueReference, SfLinksError } from '@sf-links/core';

/** A pasted browse link that belongs to another Jira than the configured one. */
export interface LinkToOtherJira {
  idOrKey: string;
  /** The link's Jira: host and context path, as core reads them from the link. */
  jira: string;
}

/**
 * The references core refuses for `jiraBaseUrl` (`checkIssueOnJira`): looking their keys up on the
 * configured Jira would show another issue, so the command is refused before any lookup.
 */
export function findLinksToOtherJira(
  issues: readonly IssueReference[],
  jiraBaseUrl: string,
): LinkToOtherJira[] {
  const refused: LinkToOtherJira[] = [];
  for (const reference of issues) {
    try {
      checkIssueOnJira(reference, jiraBaseUrl);
    } catch (error) {
      if (!(SfLinksError.isInstance(error) && error.code === 'INVALID_INPUT')) throw error;
      refused.push({ idOrKey: reference.idOrKey, jira: reference.jira ?? 'another Jira' });
    }
  }
  return refused;
}

/** The configured Jira the way a user recognises it: host and context path, no scheme. */
export function jiraLocationOf(jiraBaseUrl: string): string {
  const url = new URL(jiraBaseUrl);
  return `${url.host}${url.pathname.replace(/\/+$/, '')}`;
}
