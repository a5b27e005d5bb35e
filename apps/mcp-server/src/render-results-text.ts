import type { Association } from '@sf-links/core';
import { errorCodeTraits } from './error-code-traits.js';
import type { ToolIssueResult } from './result-schemas.js';

/** Sync flags in words; an absent flag is off, as the add-on stores it. */
export function flagsText(
  association: Partial<Pick<Association, 'viewOnly' | 'autoPush' | 'autoPull'>>,
): string {
  const set = [
    association.viewOnly && 'view-only',
    association.autoPush && 'auto-push',
    association.autoPull && 'auto-pull',
  ].filter(Boolean);
  return set.length > 0 ? set.join(', ') : 'no sync flags';
}

function renderResult(result: ToolIssueResult): string[] {
  if ('error' in result) {
    const retry = errorCodeTraits(result.error.code).temporary ? ' (temporary: retry later)' : '';
    return [`${result.issue}: error ${result.error.code}${retry} — ${result.error.message}`];
  }
  const issueId = result.associations[0]?.jiraIssueId;
  const label = issueId && issueId !== result.issue ? `${result.issue} (issue id ${issueId})` : result.issue;
  if (result.count === 0) return [`${label}: no linked Salesforce records`];
  const noun = result.count === 1 ? 'record' : 'records';
  return [
    `${label}: ${result.count} linked Salesforce ${noun}`,
    ...result.associations.map(
      (association) =>
        `- ${association.son} ${association.soid} (${flagsText(association)})${association.url ? ` ${association.url}` : ''}`,
    ),
  ];
}

/** The compact text block: the same facts as `structuredContent`, for clients that read only text. */
export function renderResultsText(results: readonly ToolIssueResult[]): string {
  return results.flatMap(renderResult).join('\n');
}
