import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { NewAssociation } from './new-association.js';

export interface WriteIntent {
  /** Remove every existing link first. */
  replace: boolean;
  /** Needed to replace with no records at all, which removes every link of the issue. */
  confirmRemoveAll?: boolean;
}

/**
 * Refuses writes that cannot be what the user meant, before any request: nothing to add, or a
 * replace with no records (which would delete every link) that was not confirmed. One rule for every
 * surface; each names its own confirmation (the CLI's --yes, MCP's confirmUnlinkAll, n8n's option).
 */
export function checkWriteIntent(
  issue: string,
  records: readonly NewAssociation[],
  intent: WriteIntent,
): void {
  if (records.length > 0) return;
  if (!intent.replace) {
    throw new InvalidInputError(`No records to add to ${issue}.`, 'Give at least one record as Object:Id.');
  }
  if (!intent.confirmRemoveAll) {
    throw new InvalidInputError(
      `Replacing the links of ${issue} with no records would remove every Salesforce link of the issue.`,
      'Give the records the issue should keep, or confirm that every link should be removed.',
    );
  }
}
