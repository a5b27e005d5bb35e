import { z } from 'zod';
import { isValidSalesforceId } from './salesforce-id.js';

/** A record to link, as a user gives it for a write. Ids typed by users are validated. */
export const newAssociationSchema = z.object({
  son: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be a Salesforce object API name such as Case or Account'),
  soid: z
    .string()
    .trim()
    .refine(isValidSalesforceId, 'must be a 15-character id or an 18-character id with a correct suffix'),
  viewOnly: z.boolean().optional(),
  autoPush: z.boolean().optional(),
  autoPull: z.boolean().optional(),
});
export type NewAssociation = z.infer<typeof newAssociationSchema>;
