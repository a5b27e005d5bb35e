import type { Association, WireAssociation } from './association.js';
import { salesforceRecordUrl } from './salesforce-id.js';

/** The one mapper from the wire shape to the domain shape: absent flags become false. */
export function toAssociation(wire: WireAssociation, salesforceBaseUrl?: string): Association {
  const association: Association = {
    jiraIssueId: wire.jiraIssueId,
    son: wire.son,
    soid: wire.soid,
    viewOnly: wire.viewOnly ?? false,
    autoPush: wire.autoPush ?? false,
    autoPull: wire.autoPull ?? false,
  };
  const url = salesforceRecordUrl(salesforceBaseUrl, wire.son, wire.soid);
  if (url) association.url = url;
  return association;
}
