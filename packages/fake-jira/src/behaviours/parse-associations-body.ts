/** One association as posted: `{ son, soid, viewOnly?, autoPush?, autoPull? }`. */
export interface PostedAssociation {
  son: string;
  soid: string;
  viewOnly?: boolean;
  autoPush?: boolean;
  autoPull?: boolean;
}

/** The parsed body, or the message of a 400 (behaviour 11). */
export type ParsedAssociationsBody =
  | { ok: true; items: PostedAssociation[] }
  | { ok: false; message: string };

const flagNames = ['viewOnly', 'autoPush', 'autoPull'] as const;

/** Parses a POST body: a bare JSON array of associations, each with a non-empty `son` and `soid`. */
export function parseAssociationsBody(body: string): ParsedAssociationsBody {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, message: 'The request body is not valid JSON.' };
  }
  if (!Array.isArray(value))
    return { ok: false, message: 'The request body must be a JSON array of associations.' };
  const items: PostedAssociation[] = [];
  for (const [index, item] of value.entries()) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return { ok: false, message: `Association ${index} is not an object.` };
    }
    const record = item as Record<string, unknown>;
    for (const field of ['son', 'soid'] as const) {
      if (typeof record[field] !== 'string' || record[field] === '') {
        return { ok: false, message: `Association ${index}: '${field}' is required.` };
      }
    }
    const posted: PostedAssociation = { son: record.son as string, soid: record.soid as string };
    for (const flag of flagNames) {
      const flagValue = record[flag];
      if (flagValue === undefined || flagValue === null) continue;
      if (typeof flagValue !== 'boolean') {
        return { ok: false, message: `Association ${index}: '${flag}' must be true or false.` };
      }
      posted[flag] = flagValue;
    }
    items.push(posted);
  }
  return { ok: true, items };
}
