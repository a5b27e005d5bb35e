import type { Association } from '../schema/association.js';
import type { NewAssociation } from '../schema/new-association.js';

/**
 * Posted records that were linked already with other flags: without `replace` the add-on keeps the
 * stored link as it is, so the flags asked for were not applied.
 */
export function findFlagsNotApplied(
  posted: readonly NewAssociation[],
  held: readonly Association[],
): NewAssociation[] {
  return posted.filter((record) => {
    const stored = held.find((association) => association.soid === record.soid);
    return (
      stored !== undefined &&
      (stored.viewOnly !== (record.viewOnly ?? false) ||
        stored.autoPush !== (record.autoPush ?? false) ||
        stored.autoPull !== (record.autoPull ?? false))
    );
  });
}
