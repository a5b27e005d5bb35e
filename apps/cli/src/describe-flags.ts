import type { Association } from '@sf-links/core';

/**
 * An association's flags in words, for people rather than scripts. Short, so a row with its link
 * still fits a wide terminal: auto-push sends Jira changes to Salesforce, auto-pull the reverse.
 */
export function describeFlags(association: Pick<Association, 'viewOnly' | 'autoPush' | 'autoPull'>): string {
  const words: string[] = [];
  if (association.viewOnly) words.push('view only');
  if (association.autoPush) words.push('auto-push');
  if (association.autoPull) words.push('auto-pull');
  return words.length > 0 ? words.join(', ') : 'none';
}
