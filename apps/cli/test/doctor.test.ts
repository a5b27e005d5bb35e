import { type FakeJiraScenarioName, startFakeJira } from '@sf-links/fake-jira';
import { describe, expect, it } from 'vitest';
import { envFor, runSfLinks, secretsOf } from './support/run-sf-links.js';

async function doctor(scenario: FakeJiraScenarioName, env: Record<string, string> = {}) {
  const fake = await startFakeJira({ port: 0, scenario });
  try {
    const run = await runSfLinks(['doctor'], {
      env: envFor(fake, env),
      secrets: [...secretsOf(fake), 'bad-token-0123456789'],
    });
    return { ...run, fake };
  } finally {
    await fake.close();
  }
}

describe.concurrent('sf-links doctor', () => {
  it('is all green against a working Jira and names the user, never the token', async () => {
    const run = await doctor('default', { SALESFORCE_BASE_URL: 'https://acme.my.salesforce.com' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      `✓ Configuration: Jira at ${run.fake.baseUrl}, credentials set`,
      expect.stringMatching(
        /^✓ Jira login: 127\.0\.0\.1:\d+ answers, the credentials belong to demo( \(.+\))?$/,
      ),
      '✓ Connector for Salesforce & Jira: the associations endpoint answers',
      'ℹ SALESFORCE_BASE_URL: https://acme.my.salesforce.com (records get links)',
      '',
    ]);
  });

  it('says when SALESFORCE_BASE_URL is not set, without failing', async () => {
    const run = await doctor('default');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      'ℹ SALESFORCE_BASE_URL not set: records are listed without links (optional)',
    );
  });

  it('a bad PAT → ✗ with what to do, exit 3', async () => {
    const run = await doctor('default', { JIRA_PAT: 'bad-token-0123456789' });
    expect(run.exitCode).toBe(3);
    expect(run.stdout).toMatch(
      /^✗ Jira login: .*rejected the Personal Access Token.*set JIRA_PAT\. \[UNAUTHORIZED\]$/m,
    );
    expect(run.stdout).toContain('– Connector for Salesforce & Jira: skipped');
  });

  it('a missing add-on → ✗, exit 4', async () => {
    const run = await doctor('addon-missing');
    expect(run.exitCode).toBe(4);
    expect(run.stdout).toMatch(/^✓ Jira login: /m);
    expect(run.stdout).toMatch(/^✗ Connector for Salesforce & Jira: .*Manage apps.*\[ADDON_UNAVAILABLE\]$/m);
  });

  it('with not-found-as-403 the add-on check failed as "permission to see <host>" (exit 3) although lookups work', async () => {
    const run = await doctor('not-found-as-403');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('✓ Connector for Salesforce & Jira: the associations endpoint answers');
    expect(run.stdout).not.toContain('permission to see');
  });

  it('an unlicensed add-on read "refused <host>" where an issue belongs; it says the add-on refused to answer', async () => {
    const run = await doctor('addon-unlicensed');
    expect(run.exitCode).toBe(4);
    expect(run.stdout).toContain(
      `✗ Connector for Salesforce & Jira: The Connector for Salesforce & Jira on 127.0.0.1:${run.fake.port} refused to answer although the login worked (HTTP 401). Jira said: "Unlicensed add-on". The add-on may be unlicensed or disabled: ask your Jira admin to check it under Manage apps. [ADDON_UNAVAILABLE]`,
    );
  });

  it.each(['invalid-json', 'trailing-comma'] as const)(
    'an unreadable /myself answer (%s) blamed the add-on; it says something other than Jira may answer',
    async (scenario) => {
      const run = await doctor(scenario);
      expect(run.exitCode).toBe(6);
      expect(run.stdout).toMatch(
        /^✗ Jira login: .*JIRA_BASE_URL may not point at Jira itself: a proxy or another application seems to answer there\..*\[INVALID_RESPONSE\]$/m,
      );
      expect(run.stdout).not.toContain('add-on may be');
    },
  );

  it('lists every configuration problem, exit 2', async () => {
    const run = await runSfLinks(['doctor'], { env: { JIRA_MAX_RETRIES: '-1' } });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(/^✗ Configuration: 3 problems/m);
    for (const variable of ['JIRA_BASE_URL', 'JIRA_PAT', 'JIRA_MAX_RETRIES']) {
      expect(run.stdout).toMatch(new RegExp(`^ {4}${variable}: `, 'm'));
    }
    expect(run.stdout).toContain('– Jira login: skipped');
  });

  it('refuses --json as a usage error rather than print a report that is not JSON, exit 2', async () => {
    const run = await runSfLinks(['doctor', '--json'], { env: { JIRA_BASE_URL: 'http://127.0.0.1:9' } });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'sf-links: doctor has no --json output: run sf-links doctor without --json (its exit code is 0 when every check passes).\nRun sf-links --help for usage.\n',
    );
  });
});
