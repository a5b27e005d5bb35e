import { describe, expect, it } from 'vitest';
import { newAssociationSchema } from './new-association.js';

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
      soid: 'a0RE000000IJmcN',
      autoPull: true,
    });
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
