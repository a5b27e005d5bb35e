import { describe, expect, it } from 'vitest';
import type { InvalidInputError } from '../errors/invalid-input-error.js';
import { newAssociationSchema } from './new-association.js';
import { validateNewAssociations } from './validate-new-associations.js';

describe('newAssociationSchema', () => {
  it('puts ids and standard object names in one form, so one record is not linked twice', () => {
    expect(newAssociationSchema.parse({ son: 'case', soid: ' 500J80000019IF9iam ' })).toEqual({
      son: 'Case',
      soid: '500J80000019IF9IAM',
    });
    expect(
      newAssociationSchema.parse({ son: 'Invoice__c', soid: 'a0RE000000IJmcN', autoPull: true }),
    ).toEqual({
      son: 'Invoice__c',
      soid: 'a0RE000000IJmcNMAT',
      autoPull: true,
    });
  });

  it('sends a 15-character id in its 18-character form, so it cannot duplicate a link stored as 18', () => {
    // The add-on compares ids as strings: 500J80000019IF9 beside 500J80000019IF9IAM was a second link.
    expect(newAssociationSchema.parse({ son: 'Case', soid: '500J80000019IF9' }).soid).toBe(
      '500J80000019IF9IAM',
    );
  });

  it('refuses an id of another standard object than the one named', () => {
    const parsed = newAssociationSchema.safeParse({ son: 'Account', soid: '500J80000019IF9IAM' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('is the id of a Case (prefix 500), not of an Account');
  });

  it('refuses a wrong 18-character suffix', () => {
    expect(newAssociationSchema.safeParse({ son: 'Case', soid: '500J80107019IG9ILM' }).success).toBe(false);
  });
});

describe('validateNewAssociations', () => {
  const messageOf = (records: unknown[]) => {
    try {
      validateNewAssociations(records);
    } catch (error) {
      return (error as InvalidInputError).detail;
    }
    return undefined;
  };

  it('names the record, the field and the value given, so a batch shows which id was wrong', () => {
    expect(messageOf([{ son: 'Case', soid: '500J80000019IF9IAX' }])).toBe(
      'Record 1: soid "500J80000019IF9IAX" must be a 15-character id or an 18-character id with a correct suffix (did you mean 500J80000019IF9IAM?).',
    );
    expect(
      messageOf([
        { son: 'Case', soid: '500J80000019IF9IAM' },
        { son: 'Case', soid: '123' },
      ]),
    ).toBe('Record 2: soid "123" must be a 15-character id or an 18-character id with a correct suffix.');
  });

  it("says what a field of the wrong type must be, not zod's wording", () => {
    expect(messageOf([{ son: 'Case', soid: '500J80000019IF9IAM', autoPush: 'yes' }])).toBe(
      'Record 1: autoPush "yes" must be true or false.',
    );
    expect(messageOf([{ son: 'Case' }])).toBe('Record 1: soid is missing.');
  });
});
