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
