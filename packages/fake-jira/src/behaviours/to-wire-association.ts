import type { SeedAssociation } from '../seed-association.js';

/** A stored association as the GET answers it: every field present, flags defaulting to `false`. */
export function toWireAssociation(association: SeedAssociation): Required<SeedAssociation> {
  return {
    jiraIssueId: association.jiraIssueId,
    son: association.son,
    soid: association.soid,
    viewOnly: association.viewOnly ?? false,
    autoPush: association.autoPush ?? false,
    autoPull: association.autoPull ?? false,
  };
}
