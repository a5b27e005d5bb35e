import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidSalesforceId,
  objectNameForId,
  salesforceRecordUrl,
  toSalesforceId18,
} from './salesforce-id.js';

describe('Salesforce ids', () => {
  it.each(['500J80000019IF9IAM', '500Qy00000VvNShIAN'])('%s has a correct suffix', (id) =>
    expect(isValidSalesforceId(id)).toBe(true),
  );

  it('the suffix is case-insensitive', () => {
    expect(isValidSalesforceId('500J80000019IF9iam')).toBe(true);
  });

  it('the vendor’s second example id has a wrong suffix', () => {
    expect(isValidSalesforceId('500J80107019IG9ILM')).toBe(false);
    expect(toSalesforceId18('500J80107019IG9')).toBe('500J80107019IG9IAM');
  });

  it.each([
    ['a0RE000000IJmcN', 'a0RE000000IJmcNMAT'],
    ['AbCdEfGhIjKlMnO', 'AbCdEfGhIjKlMnOVKV'],
    ['aBcDEfgHIJKLMNO', 'aBcDEfgHIJKLMNO025'],
  ])('%s → %s', (id15, id18) => {
    expect(toSalesforceId18(id15)).toBe(id18);
    expect(toSalesforceId18(id18)).toBe(id18);
  });

  it.each([
    '',
    '500J8000001',
    '500J80000019IF9IA',
    '500J80000019IF9IAMX',
    '500J80000019IF9-AM',
    '500J80000019IF9IAX',
  ])('%j is not valid', (id) => {
    expect(isValidSalesforceId(id)).toBe(false);
    expect(toSalesforceId18(id)).toBeUndefined();
  });

  it('every 15-character id gets an 18-character form that validates and keeps its prefix', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{15}$/), (id15) => {
        const id18 = toSalesforceId18(id15);
        expect(id18?.slice(0, 15)).toBe(id15);
        expect(isValidSalesforceId(id18 ?? '')).toBe(true);
      }),
    );
  });

  it('any string gives a boolean, never a crash', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => typeof isValidSalesforceId(value) === 'boolean'),
    );
  });

  it('toSalesforceId18, objectNameForId and salesforceRecordUrl: any strings give a value, never a crash', () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[A-Za-z0-9]{15,18}$/));
    fc.assert(
      fc.property(
        anyText,
        anyText,
        fc.option(fc.oneof(fc.constant('https://acme.my.salesforce.com/'), fc.string({ unit: 'binary' })), {
          nil: undefined,
        }),
        (id, objectName, base) => {
          const id18 = toSalesforceId18(id);
          if (id18 !== undefined) {
            expect(id18).toHaveLength(18);
            expect(isValidSalesforceId(id18)).toBe(true);
          }
          const name = objectNameForId(id);
          expect(name === undefined || typeof name === 'string').toBe(true);
          const url = salesforceRecordUrl(base, objectName, id);
          if (url !== undefined) {
            expect(base).toBeTruthy();
            expect(url.endsWith('/view')).toBe(true);
            // Everything after the base is encoded: no raw slash, space or non-ASCII from the inputs.
            expect(url.slice((base ?? '').replace(/\/+$/, '').length)).toMatch(
              /^\/lightning\/r\/[!-~]+\/view$/,
            );
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a lone surrogate in the object name or id gives no URL instead of a URIError', () => {
    // Regression: encodeURIComponent threw, which surfaced as INTERNAL.
    expect(salesforceRecordUrl('https://acme.my.salesforce.com', 'Case', '500\ud800')).toBeUndefined();
    expect(
      salesforceRecordUrl('https://acme.my.salesforce.com', '\udfffCase', '500J80000019IF9IAM'),
    ).toBeUndefined();
    expect(salesforceRecordUrl('https://acme.my.salesforce.com', 'Case', '500😀')).toBe(
      'https://acme.my.salesforce.com/lightning/r/Case/500%F0%9F%98%80/view',
    );
  });

  it('key prefixes name standard objects', () => {
    expect(objectNameForId('500J80000019IF9IAM')).toBe('Case');
    expect(objectNameForId('001000000000001')).toBe('Account');
    expect(objectNameForId('00Q000000000001')).toBe('Lead');
    expect(objectNameForId('a0RE000000IJmcN')).toBeUndefined();
  });

  it('builds Lightning record URLs only with a Salesforce base URL', () => {
    expect(salesforceRecordUrl('https://acme.my.salesforce.com/', 'Case', '500J80000019IF9IAM')).toBe(
      'https://acme.my.salesforce.com/lightning/r/Case/500J80000019IF9IAM/view',
    );
    expect(salesforceRecordUrl(undefined, 'Case', '500J80000019IF9IAM')).toBeUndefined();
  });
});
