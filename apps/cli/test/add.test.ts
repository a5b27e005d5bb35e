import { type FakeJira, startFakeJira } from '@sf-links/fake-jira';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { envFor, runSfLinks, secretsOf } from './support/run-sf-links.js';

let fake: FakeJira;
beforeEach(async () => {
  fake = await startFakeJira({ port: 0 });
});
afterEach(() => fake.close());

const add = (args: string[]) => runSfLinks(['add', ...args], { env: envFor(fake), secrets: secretsOf(fake) });
const posts = () => fake.requests.filter((request) => request.method === 'POST');

describe('sf-links add', () => {
  it('links records with the flags given, then prints what the issue holds', async () => {
    const run = await add([
      'SUP-44',
      'Case:500J80000019IF9IAM',
      'Account:001000000000001',
      '--auto-push',
      '--view-only',
    ]);
    expect(run.exitCode).toBe(0);
    expect(fake.associationsOf('SUP-44')).toEqual([
      {
        jiraIssueId: '11818',
        son: 'Case',
        soid: '500J80000019IF9IAM',
        viewOnly: true,
        autoPush: true,
        autoPull: false,
      },
      {
        jiraIssueId: '11818',
        son: 'Account',
        soid: '001000000000001',
        viewOnly: true,
        autoPush: true,
        autoPull: false,
      },
    ]);
    expect(run.stdout).toContain('Sent 2 records to SUP-44.');
    expect(run.stdout).toMatch(/│ Account\s+│ 001000000000001\s+│ view only, auto-push\s+│/);
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.query).toMatchObject({ jiraIssueIdOrKey: 'SUP-44', replace: 'false' });
  });

  it('says when a record was linked already and its flags were kept', async () => {
    const run = await add(['SUP-42', 'Case:500J80000019IF9IAM', '--view-only']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe(
      'Note: Case 500J80000019IF9IAM was linked already with other flags; the add-on kept them. Use --replace to set flags.\n',
    );
    expect(fake.associationsOf('SUP-42')[0]?.viewOnly).toBe(false);
  });

  it('--json prints {issue, associations} read back from Jira', async () => {
    const run = await add(['--json', 'SUP-42', 'Case:500Qy00000VvNShIAN', '--auto-pull']);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      issue: 'SUP-42',
      associations: [
        {
          jiraIssueId: '11816',
          son: 'Case',
          soid: '500J80000019IF9IAM',
          viewOnly: false,
          autoPush: true,
          autoPull: true,
        },
        {
          jiraIssueId: '11816',
          son: 'Case',
          soid: '500Qy00000VvNShIAN',
          viewOnly: false,
          autoPush: false,
          autoPull: true,
        },
      ],
    });
  });

  it('--replace makes the given records the only ones', async () => {
    const run = await add(['SUP-42', 'Case:500Qy00000VvNShIAN', '--replace', '--json']);
    expect(run.exitCode).toBe(0);
    expect(fake.associationsOf('SUP-42').map((association) => association.soid)).toEqual([
      '500Qy00000VvNShIAN',
    ]);
    expect(posts()[0]?.query.replace).toBe('true');
  });

  it('refuses --replace with no records unless --yes is given', async () => {
    const refused = await add(['SUP-42', '--replace']);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/--replace with no records would remove every Salesforce link of SUP-42/);
    expect(refused.stderr).toContain('--yes');
    expect(fake.requests).toEqual([]);
    expect(fake.associationsOf('SUP-42')).toHaveLength(1);

    const confirmed = await add(['SUP-42', '--replace', '--yes']);
    expect(confirmed.exitCode).toBe(0);
    expect(confirmed.stdout).toContain('Removed every Salesforce link of SUP-42.');
    expect(confirmed.stdout).toContain('SUP-42: no Salesforce records linked');
    expect(fake.associationsOf('SUP-42')).toEqual([]);
  });

  it('refuses no records at all, exit 2', async () => {
    const run = await add(['SUP-42']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('No records given for SUP-42.');
  });

  it('refuses an id with a wrong suffix before sending anything, exit 2', async () => {
    const run = await add(['SUP-44', 'Case:500J80000019IF9IAM', 'Case:500J80107019IG9ILM']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(
      /^✗ SUP-44: In "Case:500J80107019IG9ILM", the id .*did you mean 500J80107019IG9IAM\?.*\[INVALID_INPUT\]$/m,
    );
    expect(fake.requests).toEqual([]);
    expect(fake.associationsOf('SUP-44')).toEqual([]);
  });

  it('with --json an invalid record is an INVALID_INPUT element on stdout', async () => {
    const run = await add(['--json', 'SUP-44', 'Case']);
    expect(run.exitCode).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      issue: 'SUP-44',
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('Object:Id') },
    });
    expect(fake.requests).toEqual([]);
  });

  it('an issue the user may not edit → FORBIDDEN, exit 3, nothing stored', async () => {
    const run = await add(['LOCKED-1', 'Case:500J80000019IF9IAM']);
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toMatch(
      new RegExp(
        `^✗ LOCKED-1: You do not have permission to edit LOCKED-1 on 127\\.0\\.0\\.1:${fake.port}.*\\[FORBIDDEN\\]$`,
        'm',
      ),
    );
    expect(fake.associationsOf('LOCKED-1')).toEqual([]);
  });
});
