import { type FakeJira, startFakeJira } from '@sf-links/fake-jira';
import { startReadBackBreaker } from '@sf-links/fake-jira/testing';
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
        soid: '001000000000001AAA',
        viewOnly: true,
        autoPush: true,
        autoPull: false,
      },
    ]);
    expect(run.stdout).toContain('Sent 2 records to SUP-44.');
    expect(run.stdout).toMatch(/│ Account\s+│ 001000000000001AAA\s+│ view only, auto-push\s+│/);
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.query).toMatchObject({ jiraIssueIdOrKey: 'SUP-44', replace: 'false' });
  });

  it('says when a record was linked already and kept its flags, without advising a bare --replace', async () => {
    const run = await add(['SUP-42', 'Case:500J80000019IF9IAM', '--view-only']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr.split('\n')).toEqual([
      'Note: Case 500J80000019IF9IAM was linked to SUP-42 already and keeps its flags (auto-push, auto-pull); the flags given (view only) were not applied.',
      'To change the flags of a linked record, replace the links of SUP-42 with the full list it should hold: sf-links add SUP-42 <every record it should keep> --view-only --replace (records left out are unlinked; the flags apply to every record given).',
      '',
    ]);
    expect(run.stderr).not.toMatch(/Use --replace/);
    expect(fake.associationsOf('SUP-42')[0]).toMatchObject({
      viewOnly: false,
      autoPush: true,
      autoPull: true,
    });
  });

  it('says nothing about flags when the records linked already have the flags given', async () => {
    const run = await add(['SUP-42', 'Case:500J80000019IF9IAM', '--auto-push', '--auto-pull']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('puts typed records in one form before sending them (case: → Case, suffix upper case)', async () => {
    const run = await add(['SUP-44', 'case:500J80000019IF9iam']);
    expect(run.exitCode).toBe(0);
    expect(fake.associationsOf('SUP-44')).toMatchObject([{ son: 'Case', soid: '500J80000019IF9IAM' }]);
  });

  it('refuses the id of another standard object, naming the record and the field, exit 2', async () => {
    const run = await add(['SUP-44', 'Case:500J80000019IF9IAM', 'Account:500Qy00000VvNShIAN']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(
      /^✗ SUP-44: Record 2 \("Account:500Qy00000VvNShIAN"\): the id "500Qy00000VvNShIAN" is the id of a Case .*\[INVALID_INPUT\]$/m,
    );
    expect(fake.requests).toEqual([]);
  });

  it('a failed read-back says the records were linked, with the exit code of its code', async () => {
    const breaker = await startReadBackBreaker(fake.baseUrl);
    try {
      const run = await runSfLinks(['add', 'SUP-44', 'Case:500J80000019IF9IAM'], {
        env: envFor(fake, { JIRA_BASE_URL: breaker.baseUrl }),
        secrets: secretsOf(fake),
      });
      expect(run.exitCode).toBe(6);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /^✗ SUP-44: Jira accepted the write to SUP-44, but reading back what the issue holds failed: .*The records were sent: look SUP-44 up again later to see them\..*\[INVALID_RESPONSE\]\n$/,
      );
      expect(fake.associationsOf('SUP-44')).toMatchObject([{ soid: '500J80000019IF9IAM' }]);
    } finally {
      await breaker.close();
    }
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
    expect(refused.stderr).toBe(
      '✗ SUP-42: Replacing the links of SUP-42 with no records would remove every Salesforce link of the issue. Nothing was sent. Add --yes to confirm that, or give the records the issue should keep. [INVALID_INPUT]\n',
    );
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
    expect(run.stderr).toBe(
      '✗ SUP-42: No records to add to SUP-42. Nothing was sent. Give at least one record as Object:Id, e.g. sf-links add SUP-42 Case:500J80000019IF9IAM. [INVALID_INPUT]\n',
    );
    expect(fake.requests).toEqual([]);
  });

  it('refuses an id with a wrong suffix before sending anything, exit 2', async () => {
    const run = await add(['SUP-44', 'Case:500J80000019IF9IAM', 'Case:500J80107019IG9ILM']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(
      /^✗ SUP-44: Record 2 \("Case:500J80107019IG9ILM"\): the id .*did you mean 500J80107019IG9IAM\?.*\[INVALID_INPUT\]$/m,
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
