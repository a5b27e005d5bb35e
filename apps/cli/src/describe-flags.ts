import type { Association } from '@sf-links/core';

/** An association's flags in words, for people rather than scripts. */
export function describeFlags(association: Pick<Association, 'viewOnly' | 'autoPush' | 'autoPull'>): string {
  const words: string[] = [];
  if (association.viewOnly) words.push('view only');
  if (association.autoPush) words.push('auto-push to Salesforce');
  if (association.autoPull) words.push('auto-pull from Salesforce');
  return words.length > 0 ? words.join(', ') : 'no sync';
}
