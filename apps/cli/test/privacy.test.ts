import { type FakeJiraScenarioName, startFakeJira } from '@sf-links/fake-jira';
import { describe, expect, it } from 'vitest';
import { runSfLinks, secretsOf } from './support/run-sf-links.js';

const scenarios: FakeJiraScenarioName[] = [
  'default',
  'sso-page',
  'sso-redirect-idp',
  'sso-redirect-login',
  'proxy-502',
  'proxy-503',
  'proxy-504',
  'stall',
  'drop',
  'maintenance',
  'starting',
  'moved-redirect',
  'cluster',
  'rate-limited',
  'basic-disabled',
  'addon-missing',
  'addon-unlicensed',
  'not-found-as-403',
  'invalid-json',
  'trailing-comma',
];
const wrongPat = 'wrong-pat-secret-0123456789';
const wrongPassword = 'wrong-password-secret';

// runSfLinks itself fails the test when a secret shows up in stdout or stderr (every run of every
// test file, wrong credentials included). These runs add --debug, which prints stacks and causes.
describe.concurrent('no credential in any output, even with --debug', () => {
  it.each(scenarios)('scenario %s', async (scenario) => {
    const fake = await startFakeJira({ port: 0, scenario });
    try {
      const base = { JIRA_BASE_URL: fake.baseUrl, JIRA_TIMEOUT_MS: '300', JIRA_MAX_RETRIES: '0' };
      const pat = { ...base, JIRA_PAT: fake.pat };
      const basic = { ...base, JIRA_USERNAME: fake.username, JIRA_PASSWORD: fake.password };
      // Valid credentials reach every path behind the fault.
      const runs = await Promise.all([
        runSfLinks(['--debug', 'SUP-42', 'SUP-999', '--json'], { env: basic, secrets: secretsOf(fake) }),
        runSfLinks(['add', 'SUP-44', 'Case:500J80000019IF9IAM', '--debug'], {
          env: pat,
          secrets: secretsOf(fake),
        }),
      ]);
      // Only these leave a PAT's write untouched (the rate-limited bucket holds the four requests).
      const writeWorks = [
        'default',
        'basic-disabled',
        'cluster',
        'rate-limited',
        'not-found-as-403',
      ].includes(scenario);
      expect(runs.map((run) => run.exitCode > 0)).toEqual([true, !writeWorks]);
    } finally {
      await fake.close();
    }
  });

  it('wrong PAT and wrong password, with --debug, in lookup, add and doctor', async () => {
    const fake = await startFakeJira({ port: 0, captchaAfter: 2 });
    try {
      const secrets = [wrongPat, wrongPassword, Buffer.from(`demo:${wrongPassword}`).toString('base64')];
      const wrongBasic = { JIRA_BASE_URL: fake.baseUrl, JIRA_USERNAME: 'demo', JIRA_PASSWORD: wrongPassword };
      const wrongToken = { JIRA_BASE_URL: fake.baseUrl, JIRA_PAT: wrongPat };
      const runs = await Promise.all([
        runSfLinks(['--debug', 'SUP-42', 'SUP-43', 'SUP-44'], { env: wrongBasic, secrets }),
        runSfLinks(['--debug', 'doctor'], { env: wrongToken, secrets }),
        runSfLinks(['--debug', '--json', 'add', 'SUP-44', 'Case:500J80000019IF9IAM'], {
          env: wrongToken,
          secrets,
        }),
      ]);
      expect(runs.map((run) => run.exitCode)).toEqual([3, 3, 3]);
      // After the CAPTCHA lock, the Basic path's 403 too.
      const locked = await runSfLinks(['--debug', 'add', 'SUP-44', 'Case:500J80000019IF9IAM'], {
        env: wrongBasic,
        secrets,
      });
      expect(locked.stderr).toContain('CAPTCHA');
    } finally {
      await fake.close();
    }
  });

  it('--debug does print stacks and causes (so the no-stack check of other runs means something)', async () => {
    const fake = await startFakeJira({ port: 0, scenario: 'stall' });
    try {
      const run = await runSfLinks(['--debug', 'SUP-42'], {
        env: {
          JIRA_BASE_URL: fake.baseUrl,
          JIRA_PAT: fake.pat,
          JIRA_TIMEOUT_MS: '200',
          JIRA_MAX_RETRIES: '0',
        },
        secrets: secretsOf(fake),
      });
      expect(run.exitCode).toBe(5);
      expect(run.stderr).toMatch(/^debug: ConnectionError: /m);
      expect(run.stderr).toMatch(/^debug: caused by /m);
      expect(run.stderr).toMatch(/^\s+at /m);
    } finally {
      await fake.close();
    }
  });
});
