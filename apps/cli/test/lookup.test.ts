import { issueResultSchema } from '@sf-links/core';
import { type FakeJira, startFakeJira } from '@sf-links/fake-jira';
import { afterEach, describe, expect, it } from 'vitest';
import { envFor, runSfLinks, secretsOf } from './support/run-sf-links.js';

const sup42 = {
  jiraIssueId: '11816',
  son: 'Case',
  soid: '500J80000019IF9IAM',
  viewOnly: false,
  autoPush: true,
  autoPull: true,
};

let fake: FakeJira | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function lookup(args: string[], options: { contextPath?: string; env?: Record<string, string> } = {}) {
  fake = await startFakeJira({ port: 0, contextPath: options.contextPath });
  return runSfLinks(args, { env: envFor(fake, options.env), secrets: secretsOf(fake) });
}

function parseJson(stdout: string): unknown[] {
  const parsed: unknown = JSON.parse(stdout);
  expect(Array.isArray(parsed)).toBe(true);
  for (const element of parsed as unknown[]) expect(issueResultSchema.safeParse(element).success).toBe(true);
  return parsed as unknown[];
}

describe('sf-links <issue> --json', () => {
  it('prints the contract JSON for 11816 and exits 0', async () => {
    const run = await lookup(['--json', '11816']);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ issue: '11816', associations: [sup42] }]);
    expect(run.stderr).toBe('');
  });

  it('adds the Lightning url when SALESFORCE_BASE_URL is set', async () => {
    const run = await lookup(['11816', '--json'], {
      env: { SALESFORCE_BASE_URL: 'https://acme.my.salesforce.com/' },
    });
    expect(parseJson(run.stdout)).toEqual([
      {
        issue: '11816',
        associations: [
          { ...sup42, url: 'https://acme.my.salesforce.com/lightning/r/Case/500J80000019IF9IAM/view' },
        ],
      },
    ]);
  });

  it.each([
    ['a key', 'SUP-42', 'SUP-42'],
    ['a lower-case key', ' sup-42 ', 'SUP-42'],
    ['a browse URL with query', '<base>/browse/SUP-42?focusedCommentId=1', 'SUP-42'],
    ['a browse URL with trailing slash', '<base>/browse/SUP-42/', 'SUP-42'],
    ['an old key of a moved issue', 'OLDSUP-7', 'OLDSUP-7'],
  ])('accepts %s', async (_form, input, label) => {
    const started = await startFakeJira({ port: 0 });
    fake = started;
    const run = await runSfLinks(['--json', input.replace('<base>', started.baseUrl)], {
      env: envFor(started),
      secrets: secretsOf(started),
    });
    expect(run.exitCode).toBe(0);
    expect(parseJson(run.stdout)).toEqual([{ issue: label, associations: [sup42] }]);
  });

  it('refuses a browse URL of another Jira, naming both hosts, exit 2', async () => {
    const run = await lookup(['--json', 'https://jira.example.com/browse/SUP-42']);
    expect(run.exitCode).toBe(2);
    const [element] = parseJson(run.stdout) as Array<{ error: { code: string; message: string } }>;
    expect(element?.error.code).toBe('INVALID_INPUT');
    expect(element?.error.message).toContain(
      `The link to SUP-42 points at the Jira at jira.example.com, but sf-links is set up for 127.0.0.1:${fake?.port}`,
    );
    expect(fake?.requests).toHaveLength(0);
  });

  it('refuses a browse URL of another Jira on the same host (another context path), exit 2', async () => {
    fake = await startFakeJira({ port: 0, contextPath: '/jira' });
    const otherJira = `http://127.0.0.1:${fake.port}/jira-test/browse/SUP-42`;
    const run = await runSfLinks(['--json', otherJira], { env: envFor(fake), secrets: secretsOf(fake) });
    expect(run.exitCode).toBe(2);
    expect(parseJson(run.stdout)).toEqual([
      {
        issue: otherJira,
        error: {
          code: 'INVALID_INPUT',
          message: expect.stringContaining(
            `points at the Jira at 127.0.0.1:${fake.port}/jira-test, but sf-links is set up for 127.0.0.1:${fake.port}/jira`,
          ),
        },
      },
    ]);
    expect(fake.requests).toHaveLength(0);
  });

  it('works under a context path, with a trailing slash on JIRA_BASE_URL', async () => {
    fake = await startFakeJira({ port: 0, contextPath: '/jira' });
    const run = await runSfLinks(['--json', `${fake.baseUrl}/browse/SUP-42`], {
      env: envFor(fake, { JIRA_BASE_URL: `${fake.baseUrl}/` }),
      secrets: secretsOf(fake),
    });
    expect(fake.baseUrl).toMatch(/\/jira$/);
    expect(run.exitCode).toBe(0);
    expect(parseJson(run.stdout)).toEqual([{ issue: 'SUP-42', associations: [sup42] }]);
    expect(fake.requests.at(-1)?.path).toBe(
      '/jira/rest/com.servicerocket.jira.salesforce/1.0/api/external/associations',
    );
  });

  it('keeps input order over several issues, empty issue included', async () => {
    const run = await lookup(['--json', 'SUP-44', '11816', 'SUP-43']);
    expect(run.exitCode).toBe(0);
    const results = parseJson(run.stdout) as Array<{ issue: string; associations: Array<{ soid: string }> }>;
    expect(results.map((result) => result.issue)).toEqual(['SUP-44', '11816', 'SUP-43']);
    expect(results[0]?.associations).toEqual([]);
    expect(results[2]?.associations.map((association) => association.soid)).toEqual(['500J80107019IG9ILM']);
  });

  it('gives an empty issue associations: [] and exit 0', async () => {
    const run = await lookup(['--json', 'SUP-44']);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ issue: 'SUP-44', associations: [] }]);
  });

  it('reports each failing issue as an element and exits with the first failure in input order', async () => {
    const run = await lookup(['--json', 'SUP-42', 'SUP-999', 'not an issue', 'SUP-44']);
    const results = parseJson(run.stdout) as Array<{
      issue: string;
      error?: { code: string; message: string };
    }>;
    expect(results.map((result) => result.issue)).toEqual(['SUP-42', 'SUP-999', 'not an issue', 'SUP-44']);
    expect(results.map((result) => result.error?.code)).toEqual([
      undefined,
      'NOT_FOUND',
      'INVALID_INPUT',
      undefined,
    ]);
    expect(run.exitCode).toBe(4);
    expect(run.stderr).toBe('');
  });

  it('exits with the code of the first failing issue, not the most severe', async () => {
    const run = await lookup(['--json', 'bad input', 'SUP-999']);
    expect(run.exitCode).toBe(2);
  });
});

describe('sf-links <issue> (tables)', () => {
  it('prints a table per issue with flags in words, and the empty state', async () => {
    const run = await lookup(['SUP-42', 'SUP-44']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('SUP-42: 1 Salesforce record linked');
    expect(run.stdout).toMatch(/│ Case\s+│ 500J80000019IF9IAM │ auto-push, auto-pull │/);
    expect(run.stdout).not.toContain('Link');
    expect(run.stdout).toContain('SUP-44: no Salesforce records linked');
    expect(run.stderr).toBe('');
  });

  it('adds the link column when SALESFORCE_BASE_URL is set', async () => {
    const run = await lookup(['SUP-42'], { env: { SALESFORCE_BASE_URL: 'https://acme.my.salesforce.com' } });
    expect(run.stdout).toContain('https://acme.my.salesforce.com/lightning/r/Case/500J80000019IF9IAM/view');
  });

  it('prints a failed issue on stderr and the others on stdout', async () => {
    const run = await lookup(['SUP-999', 'SUP-42']);
    expect(run.exitCode).toBe(4);
    expect(run.stdout).toContain('500J80000019IF9IAM');
    expect(run.stdout).not.toContain('SUP-999');
    expect(run.stderr).toMatch(
      /^✗ SUP-999: Issue SUP-999 was not found on 127\.0\.0\.1:\d+.*\[NOT_FOUND\]$/m,
    );
  });

  it('takes flags over the environment (--base-url, --salesforce-base-url)', async () => {
    fake = await startFakeJira({ port: 0 });
    const run = await runSfLinks(
      ['SUP-42', '--base-url', fake.baseUrl, '--salesforce-base-url', 'https://flag.my.salesforce.com'],
      { env: { JIRA_BASE_URL: 'https://jira.invalid', JIRA_PAT: fake.pat }, secrets: secretsOf(fake) },
    );
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('https://flag.my.salesforce.com/lightning/r/Case/500J80000019IF9IAM/view');
  });
});
