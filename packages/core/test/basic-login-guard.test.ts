// Regressions from a fresh-eyes run: one command with a wrong Basic password locked the account
// behind Jira's CAPTCHA by itself, since every rejected login counts.
import { describe, expect, it } from 'vitest';
import { basicFor, clientFor, fakeJira } from './with-fake.js';

describe('Basic auth and the CAPTCHA lock', () => {
  it('a wrong password sent for many issues at once reaches Jira once, and does not lock the account', async () => {
    const fake = await fakeJira({ captchaAfter: 3 });
    const wrong = clientFor(fake, basicFor(fake, 'typo'));
    const results = await wrong.lookupMany(['SUP-42', 'SUP-43', 'SUP-44', '11816', '11817']);
    expect(results.map((result) => ('error' in result ? result.error.code : 'ok'))).toEqual(
      Array(5).fill('UNAUTHORIZED'),
    );
    expect(results[1] && 'error' in results[1] && results[1].error.message).toContain('for SUP-43');
    expect(fake.requests).toHaveLength(1);
    // The account still works with the right password.
    expect(await clientFor(fake, basicFor(fake)).listAssociations('SUP-42')).toHaveLength(1);
  });

  it('an unlicensed add-on (401 for a logged-in user) is not taken for a wrong password', async () => {
    const fake = await fakeJira({ addon: 'unlicensed' });
    const client = clientFor(fake, basicFor(fake));
    const results = await client.lookupMany(['SUP-42', 'SUP-43']);
    expect(results.map((result) => ('error' in result ? result.error.code : 'ok'))).toEqual([
      'ADDON_UNAVAILABLE',
      'ADDON_UNAVAILABLE',
    ]);
    expect(fake.requests).toHaveLength(2);
  });
});

describe('issue input against the configured Jira', () => {
  it('refuses a browse URL of another Jira instead of looking the key up here', async () => {
    const fake = await fakeJira();
    const client = clientFor(fake);
    const [other, same] = await client.lookupMany([
      'https://other.example.com/browse/SUP-42',
      `${fake.baseUrl}/browse/SUP-42`,
    ]);
    expect(other).toEqual({
      issue: 'https://other.example.com/browse/SUP-42',
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(
          /^The link to SUP-42 points at the Jira at other\.example\.com, but sf-links is set up for 127\.0\.0\.1:\d+\. Give the key \(SUP-42\)/,
        ),
      },
    });
    expect(same && 'associations' in same && same.associations).toHaveLength(1);
    expect(fake.requests).toHaveLength(1);
  });

  it('looks an issue named twice up once, and gives each position its own copy', async () => {
    const fake = await fakeJira();
    const results = await clientFor(fake).lookupMany(['SUP-42', ' sup-42', 'SUP-42']);
    expect(fake.requests).toHaveLength(1);
    expect(results.map((result) => result.issue)).toEqual(['SUP-42', 'SUP-42', 'SUP-42']);
    expect(results[0]).not.toBe(results[2]);
    expect(results[0]).toEqual(results[2]);
  });
});

describe('writes report what they did not change', () => {
  it('flagsNotApplied lists records already linked with other flags', async () => {
    const fake = await fakeJira();
    const client = clientFor(fake);
    const result = await client.addAssociations('SUP-42', [
      { son: 'Case', soid: '500J80000019IF9IAM', viewOnly: true },
      { son: 'Account', soid: '001000000000001' },
    ]);
    expect(result.flagsNotApplied).toEqual([{ son: 'Case', soid: '500J80000019IF9IAM', viewOnly: true }]);
    const replaced = await client.addAssociations(
      'SUP-42',
      [{ son: 'Case', soid: '500J80000019IF9IAM', viewOnly: true }],
      {
        replace: true,
      },
    );
    expect(replaced.flagsNotApplied).toEqual([]);
    expect(replaced.associations[0]?.viewOnly).toBe(true);
  });
});
