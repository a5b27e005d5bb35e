import { InvalidInputError, type NewAssociation, validateNewAssociations } from '@sf-links/core';
import { type IDataObject, type IExecuteFunctions, jsonParse } from 'n8n-workflow';

const recordHint =
  'Give each record an object name and a Salesforce id, e.g. { "son": "Case", "soid": "500J80000019IF9IAM" } (a 15- or 18-character id).';

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: jsonParse<unknown>(text) };
  } catch {
    return undefined; // reported by the caller, with what to do
  }
}

function fromJson(value: unknown): unknown[] {
  const parsed = typeof value === 'string' ? parseJson(value) : { value };
  if (!parsed) throw new InvalidInputError('Records (JSON) is not valid JSON.', recordHint);
  if (Array.isArray(parsed.value)) return parsed.value;
  if (parsed.value && typeof parsed.value === 'object') return [parsed.value];
  throw new InvalidInputError('Records (JSON) must be an array of records.', recordHint);
}

function fromFields(collection: IDataObject): unknown[] {
  const rows = (collection.record as IDataObject[] | undefined) ?? [];
  return rows.map((row) => ({
    son: row.son,
    soid: row.soid,
    viewOnly: row.viewOnly,
    autoPush: row.autoPush,
    autoPull: row.autoPull,
  }));
}

/** The records of one item, from the fixed collection or the JSON parameter, checked by core's schema. */
export function readRecords(functions: IExecuteFunctions, itemIndex: number): NewAssociation[] {
  const source = functions.getNodeParameter('recordsSource', itemIndex) as 'fields' | 'json';
  const raw =
    source === 'json'
      ? fromJson(functions.getNodeParameter('recordsJson', itemIndex))
      : fromFields(functions.getNodeParameter('records', itemIndex, {}) as IDataObject);
  return validateNewAssociations(raw, recordHint);
}
