import { z } from 'zod';
import { isValidSalesforceId, objectNameForId, toSalesforceId18 } from './salesforce-id.js';

/**
 * A record to link, as a user gives it for a write. Ids typed by users are validated, and put in
 * one form so one record is not linked twice: always 18 characters (the add-on compares ids as
 * strings, so a 15-character id beside its 18-character form would be a second link to the same
 * record; Salesforce's API gives 18), the case-insensitive suffix in upper case, and a standard
 * object's name in its own case (`case` → `Case`). An id whose prefix belongs to another standard
 * object than the one named is refused.
 */
function withArticle(objectName: string): string {
  return `${/^[AEIOU]/i.test(objectName) ? 'of an' : 'of a'} ${objectName}`;
}

export const newAssociationSchema = z
  .object({
    son: z
      .string()
      .trim()
      .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be a Salesforce object API name such as Case or Account'),
    soid: z
      .string()
      .trim()
      .refine(isValidSalesforceId, 'must be a 15-character id or an 18-character id with a correct suffix')
      .transform((id) => {
        const id18 = toSalesforceId18(id) ?? id;
        return id18.slice(0, 15) + id18.slice(15).toUpperCase();
      }),
    viewOnly: z.boolean().optional(),
    autoPush: z.boolean().optional(),
    autoPull: z.boolean().optional(),
  })
  .transform((record, context) => {
    const objectOfId = objectNameForId(record.soid);
    if (objectOfId === undefined) return record;
    if (objectOfId.toLowerCase() !== record.son.toLowerCase()) {
      context.addIssue({
        code: 'custom',
        path: ['soid'],
        message: `is the id ${withArticle(objectOfId)} (prefix ${record.soid.slice(0, 3)}), not ${withArticle(record.son)}`,
      });
      return z.NEVER;
    }
    return { ...record, son: objectOfId };
  });
export type NewAssociation = z.infer<typeof newAssociationSchema>;
