import { SfLinksError } from '@sf-links/core';
import { describe, expect, it } from 'vitest';
import { parseRecord } from './parse-record.js';

const noFlags = { viewOnly: false, autoPush: false, autoPull: false };

function failureOf(text: string, position = 1): SfLinksError {
  try {
    parseRecord(text, noFlags, position);
  } catch (error) {
    if (SfLinksError.isInstance(error)) return error;
    throw error;
  }
  throw new Error(`parseRecord accepted ${text}`);
}

describe('parseRecord', () => {
  it('reads Object:Id with the flags applied', () => {
    expect(
      parseRecord(' Case:500J80000019IF9IAM ', { viewOnly: true, autoPush: false, autoPull: true }, 1),
    ).toEqual({
      son: 'Case',
      soid: '500J80000019IF9IAM',
      viewOnly: true,
      autoPush: false,
      autoPull: true,
    });
  });

  it('accepts a 15-character id and custom objects', () => {
    expect(parseRecord('Invoice__c:a0RE000000IJmcN', noFlags, 1)).toMatchObject({
      son: 'Invoice__c',
      soid: 'a0RE000000IJmcNMAT',
    });
  });

  it.each(['Case', 'Case:', ':500J80000019IF9IAM', '500J80000019IF9IAM'])(
    'refuses %j without Object:Id',
    (text) => {
      const error = failureOf(text);
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain('Object:Id');
    },
  );

  it('refuses an 18-character id with a wrong suffix and suggests the right one', () => {
    const error = failureOf('Case:500J80107019IG9ILM');
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('id "500J80107019IG9ILM"');
    expect(error.message).toContain('did you mean 500J80107019IG9IAM?');
  });

  it('refuses an object name that is not an API name', () => {
    const error = failureOf('Sales Case:500J80000019IF9IAM');
    expect(error.message).toContain('object name "Sales Case"');
  });

  it('refuses an id of the wrong length', () => {
    expect(failureOf('Case:500J8').message).toContain('15-character');
  });

  it('names the position of the record refused', () => {
    expect(failureOf('Case:500J8', 3).message).toMatch(/^Record 3 \("Case:500J8"\): the id "500J8" /);
    expect(failureOf('Case', 2).message).toMatch(/^Record 2 \("Case"\) is not a record\./);
  });

  it('puts a typed record in one form: the standard object name and the id suffix', () => {
    expect(parseRecord('case:500J80000019IF9iam', noFlags, 1)).toMatchObject({
      son: 'Case',
      soid: '500J80000019IF9IAM',
    });
  });

  it('refuses the id of another standard object than the one named, naming the field', () => {
    const error = failureOf('Account:500J80000019IF9IAM', 2);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(
      /^Record 2 \("Account:500J80000019IF9IAM"\): the id "500J80000019IF9IAM" is the id of a Case/,
    );
  });
});
