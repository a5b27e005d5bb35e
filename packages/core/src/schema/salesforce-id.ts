const idPattern = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;
const suffixAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The 3-character case-insensitive suffix that makes a 15-character id 18 characters long. */
function checksumSuffix(id15: string): string {
  let suffix = '';
  for (let block = 0; block < 3; block += 1) {
    let bits = 0;
    for (let position = 0; position < 5; position += 1) {
      const character = id15.charAt(block * 5 + position);
      if (character >= 'A' && character <= 'Z') bits |= 1 << position;
    }
    suffix += suffixAlphabet.charAt(bits);
  }
  return suffix;
}

/** True for a 15-character id, or an 18-character id whose suffix matches its first 15 characters. */
export function isValidSalesforceId(id: string): boolean {
  if (!idPattern.test(id)) return false;
  if (id.length === 15) return true;
  return checksumSuffix(id.slice(0, 15)) === id.slice(15).toUpperCase();
}

/** The 18-character form of a valid 15- or 18-character id; undefined when the id is invalid. */
export function toSalesforceId18(id: string): string | undefined {
  if (!isValidSalesforceId(id)) return undefined;
  return id.length === 18 ? id : id + checksumSuffix(id);
}

// Standard objects' key prefixes (the first three characters of a record id).
const objectNamesByKeyPrefix: Readonly<Record<string, string>> = {
  '001': 'Account',
  '003': 'Contact',
  '005': 'User',
  '006': 'Opportunity',
  '00Q': 'Lead',
  '00T': 'Task',
  '00U': 'Event',
  '500': 'Case',
  '501': 'Solution',
  '701': 'Campaign',
  '800': 'Contract',
  '801': 'Order',
  '01t': 'Product2',
  '0Q0': 'Quote',
  ka0: 'Knowledge__kav',
};

/**
 * For an 18-character id whose suffix is wrong (a typo in the last three characters, or the
 * vendor's own example id), the id with the right suffix, to suggest; undefined otherwise.
 */
export function correctedSalesforceId(id: string): string | undefined {
  if (id.length !== 18 || !idPattern.test(id) || isValidSalesforceId(id)) return undefined;
  return toSalesforceId18(id.slice(0, 15));
}

/** The standard object a record id belongs to, from its key prefix; undefined when not known. */
export function objectNameForId(id: string): string | undefined {
  return objectNamesByKeyPrefix[id.slice(0, 3)];
}

// Half of a UTF-16 pair on its own, which encodeURIComponent throws on.
const loneSurrogate = /\p{Cs}/u;

/**
 * The Lightning URL of a record. `soid` is used as stored: Salesforce accepts both lengths.
 * Returns undefined when there is no Salesforce base URL, or when the object name or id is not
 * well-formed text (a lone UTF-16 surrogate) and so cannot be put in a URL; never throws.
 */
export function salesforceRecordUrl(
  salesforceBaseUrl: string | undefined,
  objectName: string,
  soid: string,
): string | undefined {
  if (!salesforceBaseUrl) return undefined;
  if (loneSurrogate.test(objectName) || loneSurrogate.test(soid)) return undefined;
  const base = salesforceBaseUrl.replace(/\/+$/, '');
  return `${base}/lightning/r/${encodeURIComponent(objectName)}/${encodeURIComponent(soid)}/view`;
}
