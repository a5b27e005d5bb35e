import { InvalidInputError } from '../errors/invalid-input-error.js';
import { type NewAssociation, newAssociationSchema } from './new-association.js';
import { correctedSalesforceId } from './salesforce-id.js';

const recordHint =
  'Give each record as Object:Id, e.g. Case:500J80000019IF9IAM (a 15- or 18-character Salesforce id).';

/** The value a user gave for `field`, quoted and bounded, so a message says which one was wrong. */
function givenValue(record: unknown, field: PropertyKey | undefined): string {
  if (field === undefined || typeof record !== 'object' || record === null) return '';
  const value = (record as Record<PropertyKey, unknown>)[field];
  if (value === undefined) return '';
  const text = JSON.stringify(value) ?? String(value);
  return ` ${text.length > 40 ? `${text.slice(0, 40)}…` : text}`;
}

/**
 * Records a user typed for a write, checked before any request: the first bad one is reported by
 * its position, field and the value given. `hint` lets a surface say how records are entered there.
 */
export function validateNewAssociations(records: readonly unknown[], hint = recordHint): NewAssociation[] {
  return records.map((record, index) => {
    const parsed = newAssociationSchema.safeParse(record);
    if (parsed.success) return parsed.data;
    const problem = parsed.error.issues[0];
    const field = problem?.path.join('.') || 'record';
    const given = givenValue(record, problem?.path.length === 1 ? problem.path[0] : undefined);
    // zod's own wording for a wrong type ("Invalid input: expected boolean, received string") reads
    // as a stack trace to a user: say what the field must be.
    const message =
      problem?.code === 'invalid_type'
        ? given
          ? `must be ${problem.expected === 'boolean' ? 'true or false' : `a ${problem.expected}`}`
          : 'is missing'
        : (problem?.message ?? 'is invalid');
    const soid = problem?.path[0] === 'soid' ? (record as { soid?: unknown }).soid : undefined;
    const corrected = typeof soid === 'string' ? correctedSalesforceId(soid.trim()) : undefined;
    const suggestion = corrected ? ` (did you mean ${corrected}?)` : '';
    throw new InvalidInputError(`Record ${index + 1}: ${field}${given} ${message}${suggestion}.`, hint);
  });
}
