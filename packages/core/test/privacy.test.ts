import { inspect } from 'node:util';
import { fakeJiraScenarioNames } from '@sf-links/fake-jira';
import { describe, expect, it } from 'vitest';
import { basicFor, clientFor, fakeJira } from './with-fake.js';

const password = 'correct horse battery staple';

describe('privacy', () => {
  it('no PAT, password or base64 credentials in any error, its cause chain or its JSON, in every failure mode', async () => {
    const fake = await fakeJira();
    const secrets = [fake.pat, password, Buffer.from(`${fake.username}:${password}`).toString('base64')];
    const clients = [
      clientFor(fake, { timeoutMs: 300, maxRetries: 0 }),
      clientFor(fake, { ...basicFor(fake, password), timeoutMs: 300, maxRetries: 0 }),
    ];
    const scenarios = fakeJiraScenarioNames.filter((name) => name !== 'slow');
    let failures = 0;
    for (const scenario of scenarios) {
      fake.useScenario(scenario);
      fake.resetCaptcha();
      for (const client of clients) {
        for (const call of [
          () => client.listAssociations('SUP-42'),
          () => client.addAssociations('LOCKED-1', [{ son: 'Case', soid: '500J80000019IF9IAM' }]),
          () => client.whoAmI(),
        ]) {
          try {
            await call();
          } catch (error) {
            failures += 1;
            const shown = [inspect(error, { depth: 10 }), JSON.stringify(error), String(error)].join('\n');
            for (const secret of secrets) expect(shown).not.toContain(secret);
          }
        }
      }
    }
    // Most scenarios fail for both clients; the check above must have had something to look at.
    expect(failures).toBeGreaterThan(scenarios.length * 3);
  });
});
