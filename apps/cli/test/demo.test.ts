import { issueResultSchema } from '@sf-links/core';
import { describe, expect, it } from 'vitest';
import { runSfLinks } from './support/run-sf-links.js';

// The demo must ignore JIRA_* of the environment: these point nowhere and must not be used or shown.
const misleadingEnv = { JIRA_BASE_URL: 'https://jira.invalid', JIRA_PAT: 'real-token-must-not-leak-0123' };
const secrets = [misleadingEnv.JIRA_PAT];

describe.concurrent('sf-links --demo', () => {
  it('prints both documented Case records over HTTP from the built-in fake, exit 0', async () => {
    const run = await runSfLinks(['--demo'], { env: misleadingEnv, secrets });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/│ Case\s+│ 500J80000019IF9IAM │/);
    expect(run.stdout).toMatch(/│ Case\s+│ 500J80107019IG9ILM │/);
    expect(run.stdout).toContain('SUP-44: no Salesforce records linked');
    expect(run.stdout).toContain(
      'https://example.my.salesforce.com/lightning/r/Case/500J80000019IF9IAM/view',
    );
    expect(run.stderr).toMatch(
      /^Demo: using a built-in fake Jira DC at http:\/\/127\.0\.0\.1:\d+ \(no real Jira is contacted\)\.\n$/,
    );
  });

  it('--demo --json is one JSON array of contract elements, and honours SALESFORCE_BASE_URL', async () => {
    const run = await runSfLinks(['--demo', '--json'], {
      env: { ...misleadingEnv, SALESFORCE_BASE_URL: 'https://acme.my.salesforce.com' },
      secrets,
    });
    expect(run.exitCode).toBe(0);
    const results = JSON.parse(run.stdout) as unknown[];
    expect(results.length).toBeGreaterThanOrEqual(3);
    for (const result of results) expect(issueResultSchema.parse(result)).toEqual(result);
    expect(results.slice(0, 2)).toEqual([
      {
        issue: 'SUP-42',
        associations: [
          {
            jiraIssueId: '11816',
            son: 'Case',
            soid: '500J80000019IF9IAM',
            viewOnly: false,
            autoPush: true,
            autoPull: true,
            url: 'https://acme.my.salesforce.com/lightning/r/Case/500J80000019IF9IAM/view',
          },
        ],
      },
      {
        issue: 'SUP-43',
        associations: [
          {
            jiraIssueId: '11817',
            son: 'Case',
            soid: '500J80107019IG9ILM',
            viewOnly: false,
            autoPush: false,
            autoPull: true,
            url: 'https://acme.my.salesforce.com/lightning/r/Case/500J80107019IG9ILM/view',
          },
        ],
      },
    ]);
  });

  it('looks up the issues given instead of all of them', async () => {
    const run = await runSfLinks(['--demo', '--json', 'sup-43', 'SUP-999'], { env: misleadingEnv, secrets });
    expect(run.exitCode).toBe(4);
    const results = JSON.parse(run.stdout) as Array<{ issue: string; error?: { code: string } }>;
    expect(results.map((result) => [result.issue, result.error?.code])).toEqual([
      ['SUP-43', undefined],
      ['SUP-999', 'NOT_FOUND'],
    ]);
  });

  it('works with add and doctor', async () => {
    const added = await runSfLinks(['--demo', 'add', 'SUP-44', 'Case:500Qy00000VvNShIAN', '--json'], {
      env: misleadingEnv,
      secrets,
    });
    expect(added.exitCode).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({
      issue: 'SUP-44',
      associations: [{ soid: '500Qy00000VvNShIAN' }],
    });
    const doctor = await runSfLinks(['doctor', '--demo'], { env: misleadingEnv, secrets });
    expect(doctor.exitCode).toBe(0);
    expect(doctor.stdout).toMatch(/^✓ Jira login: .*belong to demo/m);
  });

  it('exits on its own once done: the fake and the client are closed, no handle is left', async () => {
    const run = await runSfLinks(['--demo', '--debug', 'SUP-42', 'SUP-999'], { env: misleadingEnv, secrets });
    expect(run.exitCode).toBe(4);
    // The bin's safety net says so with --debug when something kept the process alive.
    expect(run.stderr).not.toContain('open handle');
  });
});
