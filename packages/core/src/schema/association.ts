import { z } from 'zod';

// JSON may escape half of a UTF-16 pair on its own ("\ud800"): that is no name or id, and it
// could not be put in a record URL, so such an answer is not the expected JSON (INVALID_RESPONSE).
const wellFormedText = z
  .string()
  .min(1)
  .refine((text) => !/\p{Cs}/u.test(text), 'holds a lone surrogate');

/**
 * One association as the add-on sends it. Optional flags may be absent (they mean false) and later
 * add-on versions may add fields, so unknown keys are tolerated and dropped by the mapper.
 */
export const wireAssociationSchema = z.looseObject({
  jiraIssueId: z.union([z.string(), z.number()]).transform(String),
  son: wellFormedText,
  soid: wellFormedText,
  viewOnly: z.boolean().nullish(),
  autoPush: z.boolean().nullish(),
  autoPull: z.boolean().nullish(),
});
export type WireAssociation = z.infer<typeof wireAssociationSchema>;

export const wireAssociationListSchema = z.array(wireAssociationSchema);

/** One Salesforce record linked to a Jira issue, as every surface shows it. */
export const associationSchema = z.object({
  jiraIssueId: z.string().describe('Numeric id of the Jira issue'),
  son: z.string().describe('Salesforce object name, e.g. Case'),
  soid: z.string().describe('Salesforce record id, exactly as stored'),
  viewOnly: z.boolean(),
  autoPush: z.boolean().describe('Jira changes are pushed to Salesforce'),
  autoPull: z.boolean().describe('Salesforce changes are pulled into Jira'),
  url: z.string().optional().describe('Lightning record URL, when a Salesforce base URL is set'),
});
export type Association = z.infer<typeof associationSchema>;
