import { InvalidInputError } from '../errors/invalid-input-error.js';
import { type NewAssociation, newAssociationSchema } from './new-association.js';

const recordHint =
  'Give each record as Object:Id, e.g. Case:500J80000019IF9IAM (a 15- or 18-character Salesforce id).';

/**
 * Records a user typed for a write, checked before any request: the first bad one is reported by
 * its position and field. `hint` lets a surface say how records are entered there.
 */
export function validateNewAssociations(records: readonly unknown[], hint = recordHint): NewAssociation[] {
  return records.map((record, index) => {
    const parsed = newAssociationSchema.safeParse(record);
    if (parsed.success) return parsed.data;
    const problem = parsed.error.issues[0];
    const field = problem?.path.join('.') || 'record';
    throw new InvalidInputError(`Record ${index + 1}: ${field} ${problem?.message ?? 'is invalid'}.`, hint);
  });
}
