import {
  correctedSalesforceId,
  InvalidInputError,
  type NewAssociation,
  newAssociationSchema,
} from '@sf-links/core';

/** The flags `add` applies to every record it links. */
export interface RecordFlags {
  viewOnly: boolean;
  autoPush: boolean;
  autoPull: boolean;
}

const example = 'Case:500J80000019IF9IAM';

/** A near miss of an 18-character id: the id with the right suffix, to suggest. */
function suggestion(id: string): string {
  const corrected = correctedSalesforceId(id);
  return corrected ? ` (did you mean ${corrected}?)` : '';
}

/**
 * One record as typed on the command line, `Object:Id`, validated (and put in one form: `case` →
 * `Case`) with core's schema so a bad id is refused before any request, naming what the user typed
 * and its position among the records (1-based).
 */
export function parseRecord(text: string, flags: RecordFlags, position: number): NewAssociation {
  const trimmed = text.trim();
  const separator = trimmed.indexOf(':');
  if (separator <= 0 || separator === trimmed.length - 1) {
    throw new InvalidInputError(
      `Record ${position} ("${trimmed}") is not a record.`,
      `Give each record as Object:Id, e.g. ${example}.`,
    );
  }
  const son = trimmed.slice(0, separator);
  const soid = trimmed.slice(separator + 1);
  const parsed = newAssociationSchema.safeParse({ son, soid, ...flags });
  if (parsed.success) return parsed.data;
  const problem = parsed.error.issues[0];
  const field = problem?.path[0] === 'son' ? `object name "${son}"` : `id "${soid}"`;
  throw new InvalidInputError(
    `Record ${position} ("${trimmed}"): the ${field} ${problem?.message ?? 'is invalid'}${field.startsWith('id') ? suggestion(soid) : ''}.`,
    `Give each record as Object:Id, e.g. ${example}; nothing was sent.`,
  );
}
