import type { FakeJiraScenarioName } from '@sf-links/fake-jira';
import { startFakeJira } from '@sf-links/fake-jira';
import { describe, expect, it } from 'vitest';
import { envFor, runSfLinks, secretsOf } from './support/run-sf-links.js';

interface FailureCase {
  name: string;
  scenario?: FakeJiraScenarioName;
  issue?: string;
  env?: Record<string, string>;
  code: string;
  exitCode: number;
  /** What the message must say the user should do. */
  advice: RegExp;
}

const wrongPat = 'not-the-right-token-0123456789';
const wrongPassword = 'not-the-right-password';

const cases: FailureCase[] = [
  {
    name: 'a bad PAT',
    env: { JIRA_PAT: wrongPat },
    code: 'UNAUTHORIZED',
    exitCode: 3,
    advice: /set JIRA_PAT/,
  },
  {
    name: 'a wrong Basic password',
    env: { JIRA_PAT: '', JIRA_USERNAME: 'demo', JIRA_PASSWORD: wrongPassword },
    code: 'UNAUTHORIZED',
    exitCode: 3,
    advice: /Check JIRA_USERNAME and JIRA_PASSWORD/,
  },
  {
    name: 'an SSO login page',
    scenario: 'sso-page',
    code: 'UNAUTHORIZED',
    exitCode: 3,
    advice: /login gateway/,
  },
  {
    name: 'a redirect to an identity provider',
    scenario: 'sso-redirect-idp',
    code: 'UNAUTHORIZED',
    exitCode: 3,
    advice: /login gateway/,
  },
  {
    name: 'an issue the user may not see (403)',
    scenario: 'not-found-as-403',
    issue: 'SUP-999',
    code: 'FORBIDDEN',
    exitCode: 3,
    advice: /Check the issue key; if it is right, ask a Jira admin/,
  },
  {
    name: 'an unknown issue',
    issue: 'SUP-999',
    code: 'NOT_FOUND',
    exitCode: 4,
    advice: /Check the issue key/,
  },
  {
    name: 'a missing add-on',
    scenario: 'addon-missing',
    code: 'ADDON_UNAVAILABLE',
    exitCode: 4,
    advice: /add-on is installed and enabled/,
  },
  {
    name: 'an unlicensed add-on',
    scenario: 'addon-unlicensed',
    code: 'ADDON_UNAVAILABLE',
    exitCode: 4,
    advice: /Manage apps/,
  },
  {
    name: 'a stalled Jira',
    scenario: 'stall',
    env: { JIRA_TIMEOUT_MS: '300', JIRA_MAX_RETRIES: '0' },
    code: 'TIMEOUT',
    exitCode: 5,
    advice: /raise JIRA_TIMEOUT_MS/,
  },
  {
    name: 'a proxy answering 502',
    scenario: 'proxy-502',
    env: { JIRA_MAX_RETRIES: '0' },
    code: 'UPSTREAM_UNAVAILABLE',
    exitCode: 5,
    advice: /try again/,
  },
  {
    name: 'a dropped connection',
    scenario: 'drop',
    env: { JIRA_MAX_RETRIES: '0' },
    code: 'UPSTREAM_UNAVAILABLE',
    exitCode: 5,
    advice: /Try again/,
  },
  {
    name: 'a body that is not JSON',
    scenario: 'invalid-json',
    code: 'INVALID_RESPONSE',
    exitCode: 6,
    advice: /JIRA_BASE_URL/,
  },
  {
    name: 'the documented trailing comma',
    scenario: 'trailing-comma',
    code: 'INVALID_RESPONSE',
    exitCode: 6,
    advice: /JIRA_BASE_URL/,
  },
];

describe.concurrent('every failure gives its code, exit code and a message naming issue and host', () => {
  it.each(cases)('$name → $code, exit $exitCode', async (failure) => {
    const fake = await startFakeJira({ port: 0, scenario: failure.scenario ?? 'default' });
    try {
      const issue = failure.issue ?? 'SUP-42';
      const secrets = [...secretsOf(fake), wrongPat, wrongPassword];
      const env = envFor(fake, failure.env);
      const human = await runSfLinks([issue], { env, secrets });
      expect(human.exitCode).toBe(failure.exitCode);
      expect(human.stdout).toBe('');
      const line = `✗ ${issue}: `;
      expect(human.stderr.startsWith(line)).toBe(true);
      expect(human.stderr).toContain(`127.0.0.1:${fake.port}`);
      expect(human.stderr).toMatch(failure.advice);
      expect(human.stderr.trimEnd()).toMatch(new RegExp(`\\[${failure.code}\\]$`));

      const json = await runSfLinks(['--json', issue], { env, secrets });
      expect(json.exitCode).toBe(failure.exitCode);
      expect(json.stderr).toBe('');
      const [element] = JSON.parse(json.stdout) as Array<{
        issue: string;
        error: { code: string; message: string };
      }>;
      expect(element?.issue).toBe(issue);
      expect(element?.error.code).toBe(failure.code);
      expect(element?.error.message).toMatch(failure.advice);
    } finally {
      await fake.close();
    }
  });
});

describe('failures that need more than a scenario', () => {
  it('a wrong password for three issues costs one failed login, not a CAPTCHA lock', async () => {
    const fake = await startFakeJira({ port: 0 });
    try {
      const secrets = [...secretsOf(fake), wrongPassword];
      const wrong = await runSfLinks(['SUP-42', 'SUP-43', 'SUP-44'], {
        env: { JIRA_BASE_URL: fake.baseUrl, JIRA_USERNAME: 'demo', JIRA_PASSWORD: wrongPassword },
        secrets,
      });
      expect(wrong.exitCode).toBe(3);
      expect(fake.requests).toHaveLength(1);
      const right = await runSfLinks(['SUP-42'], {
        env: { JIRA_BASE_URL: fake.baseUrl, JIRA_USERNAME: 'demo', JIRA_PASSWORD: fake.password },
        secrets,
      });
      expect(right.exitCode).toBe(0);
    } finally {
      await fake.close();
    }
  });

  it('CAPTCHA after 3 wrong passwords → FORBIDDEN, with the browser-or-PAT advice, exit 3', async () => {
    const fake = await startFakeJira({ port: 0 });
    try {
      const secrets = [...secretsOf(fake), wrongPassword];
      for (let run = 0; run < 3; run += 1) {
        const wrong = await runSfLinks(['SUP-42'], {
          env: { JIRA_BASE_URL: fake.baseUrl, JIRA_USERNAME: 'demo', JIRA_PASSWORD: wrongPassword },
          secrets,
        });
        expect(wrong.exitCode).toBe(3);
      }
      const locked = await runSfLinks(['SUP-42'], {
        env: { JIRA_BASE_URL: fake.baseUrl, JIRA_USERNAME: 'demo', JIRA_PASSWORD: fake.password },
        secrets,
      });
      expect(locked.exitCode).toBe(3);
      expect(locked.stderr).toMatch(
        /Log in once in a browser to clear the CAPTCHA, or use a Personal Access Token/,
      );
      expect(locked.stderr.trimEnd()).toMatch(/\[FORBIDDEN\]$/);
    } finally {
      await fake.close();
    }
  });

  it('rate limited with JIRA_MAX_RETRIES=0 → RATE_LIMITED, exit 5', async () => {
    // The scenario's bucket refills every second, which a loaded machine can straddle: a bucket of
    // one token refilled once a minute makes exactly the first answer succeed.
    const rateLimit = { capacity: 1, fillRate: 1, intervalSeconds: 60 };
    const fake = await startFakeJira({ port: 0, scenario: 'rate-limited', rateLimit });
    try {
      const issues = ['SUP-42', 'SUP-43', 'SUP-44'];
      const run = await runSfLinks(['--json', ...issues], {
        env: envFor(fake, { JIRA_MAX_RETRIES: '0' }),
        secrets: secretsOf(fake),
      });
      expect(run.exitCode).toBe(5);
      const results = JSON.parse(run.stdout) as Array<{ error?: { code: string; message: string } }>;
      const limited = results.filter((result) => result.error);
      expect(limited).toHaveLength(2);
      for (const result of limited) {
        expect(result.error?.code).toBe('RATE_LIMITED');
        expect(result.error?.message).toMatch(/try again/);
      }
    } finally {
      await fake.close();
    }
  });

  it('a closed port → UPSTREAM_UNAVAILABLE, exit 5', async () => {
    const fake = await startFakeJira({ port: 0 });
    await fake.close();
    const run = await runSfLinks(['SUP-42'], { env: envFor(fake), secrets: secretsOf(fake) });
    expect(run.exitCode).toBe(5);
    expect(run.stderr).toMatch(
      new RegExp(
        `^✗ SUP-42: .*127\\.0\\.0\\.1:${fake.port}.*refused the connection.*\\[UPSTREAM_UNAVAILABLE\\]$`,
        'm',
      ),
    );
  });

  it('a 403 for an unknown issue (not-found-as-403) read only as a missing permission: both causes are named', async () => {
    const fake = await startFakeJira({ port: 0, scenario: 'not-found-as-403' });
    try {
      const run = await runSfLinks(['NOPE-1'], { env: envFor(fake), secrets: secretsOf(fake) });
      expect(run.exitCode).toBe(3);
      expect(run.stderr).toMatch(
        new RegExp(
          `^✗ NOPE-1: Issue NOPE-1 does not exist on 127\\.0\\.0\\.1:${fake.port}, or the account of these credentials is not allowed to see it \\(HTTP 403\\)\\..*Check the issue key.*\\[FORBIDDEN\\]$`,
          'm',
        ),
      );
    } finally {
      await fake.close();
    }
  });

  it('a refused proxy was blamed on Jira ("check JIRA_BASE_URL"): it names the proxy and HTTPS_PROXY, exit 5', async () => {
    const proxy = await startFakeJira({ port: 0 });
    await proxy.close();
    const run = await runSfLinks(['SUP-44'], {
      env: {
        JIRA_BASE_URL: 'https://jira.example.com',
        JIRA_PAT: 'a-pat-for-jira-0123456789',
        HTTPS_PROXY: `http://proxyuser:proxy-secret-7@127.0.0.1:${proxy.port}`,
      },
      secrets: ['a-pat-for-jira-0123456789', 'proxy-secret-7', 'proxyuser'],
    });
    expect(run.exitCode).toBe(5);
    expect(run.stderr).toBe(
      `✗ SUP-44: Jira at jira.example.com could not be reached: the proxy 127.0.0.1:${proxy.port} (HTTPS_PROXY) refused the connection while looking up SUP-44. Check HTTPS_PROXY / HTTP_PROXY / NO_PROXY: the proxy must run at that address, or NO_PROXY must list jira.example.com if Jira is reached without one. [UPSTREAM_UNAVAILABLE]\n`,
    );
  });

  it('https:// to a Jira serving plain http said only "could not be reached": it says to use http://, exit 5', async () => {
    const fake = await startFakeJira({ port: 0 });
    try {
      const run = await runSfLinks(['SUP-44'], {
        env: envFor(fake, { JIRA_BASE_URL: fake.baseUrl.replace(/^http:/, 'https:') }),
        secrets: secretsOf(fake),
      });
      expect(run.exitCode).toBe(5);
      expect(run.stderr).toContain(
        `Jira at 127.0.0.1:${fake.port} answered in plain HTTP, not TLS, to an https:// request while looking up SUP-44. If Jira serves http, use http:// in JIRA_BASE_URL (check the port). [UPSTREAM_UNAVAILABLE]`,
      );
    } finally {
      await fake.close();
    }
  });

  it('JIRA_TLS_REJECT_UNAUTHORIZED=false with http:// warned about certificates that are not involved', async () => {
    const fake = await startFakeJira({ port: 0 });
    try {
      const run = await runSfLinks(['SUP-44'], {
        env: envFor(fake, { JIRA_TLS_REJECT_UNAUTHORIZED: 'false' }),
        secrets: secretsOf(fake),
      });
      expect(run.exitCode).toBe(0);
      expect(run.stderr).toBe('');
    } finally {
      await fake.close();
    }
  });

  it('invalid issue input → INVALID_INPUT, exit 2, nothing sent', async () => {
    const fake = await startFakeJira({ port: 0 });
    try {
      const run = await runSfLinks(['--json', 'PROJ 12'], { env: envFor(fake), secrets: secretsOf(fake) });
      expect(run.exitCode).toBe(2);
      const [element] = JSON.parse(run.stdout) as Array<{
        issue: string;
        error: { code: string; message: string };
      }>;
      expect(element).toEqual({
        issue: 'PROJ 12',
        error: { code: 'INVALID_INPUT', message: expect.stringContaining('browse URL') },
      });
      expect(fake.requests).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it('CONFIG: every problem at once, one per line, naming the variable, exit 2, before any request', async () => {
    const run = await runSfLinks(['SUP-42'], {
      env: { JIRA_BASE_URL: 'http://jira.example.com', JIRA_TIMEOUT_MS: 'soon', JIRA_USERNAME: 'demo' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n');
    expect(lines).toContain('  ✗ JIRA_PASSWORD: is required with JIRA_USERNAME');
    expect(lines).toContain('  ✗ JIRA_TIMEOUT_MS: must be a whole number from 100 to 600000');
    expect(lines.some((line) => line.startsWith('  ✗ JIRA_BASE_URL: uses http:// to a remote host'))).toBe(
      true,
    );
  });

  it('CONFIG with --json: a CONFIG element per issue on stdout, one line on stderr naming every variable (and flag)', async () => {
    const run = await runSfLinks(['--json', 'sup-42', 'not an issue', '--max-retries', '99'], {
      env: { JIRA_TIMEOUT_MS: 'soon' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    for (const name of ['JIRA_BASE_URL', 'JIRA_PAT', 'JIRA_TIMEOUT_MS', 'JIRA_MAX_RETRIES (--max-retries)']) {
      expect(run.stderr).toContain(name);
    }
    const results = JSON.parse(run.stdout) as Array<{
      issue: string;
      error: { code: string; message: string };
    }>;
    expect(results.map((result) => [result.issue, result.error.code])).toEqual([
      ['SUP-42', 'CONFIG'],
      ['not an issue', 'CONFIG'],
    ]);
    const message = results[0]?.error.message ?? '';
    expect(message).toMatch(/^Invalid configuration \(nothing was sent\): /);
    for (const name of ['JIRA_BASE_URL', 'JIRA_PAT', 'JIRA_TIMEOUT_MS', 'JIRA_MAX_RETRIES (--max-retries)']) {
      expect(message).toContain(name);
    }
    expect(run.stderr).toBe(`sf-links: CONFIG: ${message}\n`);
  });

  it('CONFIG with add --json: {issue, error} on stdout, the one line on stderr, exit 2', async () => {
    const run = await runSfLinks(['add', '--json', 'SUP-42', 'Case:500J80000019IF9IAM'], {
      env: { JIRA_BASE_URL: 'http://127.0.0.1:9' },
    });
    expect(run.exitCode).toBe(2);
    const answer = JSON.parse(run.stdout) as { issue: string; error: { code: string; message: string } };
    expect(answer).toEqual({
      issue: 'SUP-42',
      error: { code: 'CONFIG', message: expect.stringContaining('JIRA_PAT: is required') },
    });
    expect(run.stderr).toBe(`sf-links: CONFIG: ${answer.error.message}\n`);
  });
});

describe('usage', () => {
  it('an unknown option is a usage error on stderr, exit 2', async () => {
    const run = await runSfLinks(['--jsn', 'SUP-42']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("sf-links: unknown option '--jsn'");
    expect(run.stderr).toContain('(Did you mean --json?)');
    expect(run.stderr).toContain('Run sf-links --help for usage.');
  });

  it('no issue is a usage error, exit 2', async () => {
    const run = await runSfLinks([]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('No issue given.');
  });

  it('--help shows the forms, examples and variables; --version the version', async () => {
    const help = await runSfLinks(['--help']);
    expect(help.exitCode).toBe(0);
    for (const text of [
      'sf-links add <issue> <Object>:<id>...',
      'sf-links doctor',
      'Examples:',
      'JIRA_PAT',
      'ps',
    ]) {
      expect(help.stdout).toContain(text);
    }
    const version = await runSfLinks(['--version']);
    expect(version.exitCode).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
