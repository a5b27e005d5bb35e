import { type FakeJira, startFakeJira } from '@sf-links/fake-jira';
import { createTestCertificates } from '@sf-links/fake-jira/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawStdioSession } from './support/raw-stdio-session.js';

let jira: FakeJira;
/** The same fake over HTTPS: the insecure-TLS warning is printed for an https:// Jira only. */
let httpsJira: FakeJira;

beforeAll(async () => {
  jira = await startFakeJira({ port: 0 });
  const { key, cert } = createTestCertificates();
  httpsJira = await startFakeJira({ port: 0, tls: { key, cert } });
});

afterAll(async () => {
  await jira?.close();
  await httpsJira?.close();
});

/** Every call a session makes: good, per-issue failures, total failures, bad arguments, unknown tool. */
async function exercise(session: RawStdioSession, target: FakeJira = jira): Promise<string[]> {
  await session.initialize();
  const answers = [
    await session.request('tools/list'),
    await session.request('tools/call', {
      name: 'get_salesforce_associations',
      arguments: { issues: ['SUP-42', 'NOPE-1', 'not an issue'] },
    }),
    await session.request('tools/call', { name: 'get_salesforce_associations', arguments: { issues: [] } }),
    await session.request('tools/call', {
      name: 'get_salesforce_associations',
      arguments: { issue: 'SUP-42' },
    }),
    await session.request('tools/call', { name: 'no_such_tool', arguments: {} }),
    await session.request('no/such/method'),
  ];
  target.useScenario('sso-page');
  answers.push(
    await session.request('tools/call', {
      name: 'get_salesforce_associations',
      arguments: { issues: ['SUP-42'] },
    }),
  );
  target.useScenario('default');
  return answers.map((answer) => JSON.stringify(answer));
}

function expectOnlyJsonRpc(stdout: string): void {
  const lines = stdout.split('\n');
  expect(lines.pop()).toBe('');
  expect(lines.length).toBeGreaterThanOrEqual(8);
  for (const line of lines) {
    expect(JSON.parse(line)).toMatchObject({ jsonrpc: '2.0' });
  }
}

describe('stdout purity and privacy of the built server', () => {
  it('writes only JSON-RPC on stdout, warnings (insecure TLS) on stderr, and never a credential (PAT)', async () => {
    const session = new RawStdioSession({
      JIRA_BASE_URL: httpsJira.baseUrl,
      JIRA_PAT: httpsJira.pat,
      JIRA_MAX_RETRIES: '0',
      JIRA_TLS_REJECT_UNAUTHORIZED: 'false',
    });
    const answers = await exercise(session, httpsJira);
    expect(await session.close()).toBe(0);
    const stdout = session.stdoutText.join('');
    const stderr = session.stderrText.join('');
    expectOnlyJsonRpc(stdout);
    expect(stderr).toContain('WARNING: JIRA_TLS_REJECT_UNAUTHORIZED=false');
    expect(answers[1]).toContain('500J80000019IF9IAM');
    for (const output of [stdout, stderr, ...answers]) expect(output).not.toContain(httpsJira.pat);
  });

  it('never shows the Basic password or its base64 form, even when Jira refuses it', async () => {
    const basic = Buffer.from(`${jira.username}:${jira.password}`).toString('base64');
    const session = new RawStdioSession({
      JIRA_BASE_URL: jira.baseUrl,
      JIRA_USERNAME: jira.username,
      JIRA_PASSWORD: jira.password,
      JIRA_MAX_RETRIES: '0',
    });
    const answers = await exercise(session);
    jira.useScenario('basic-disabled');
    const refused = await session.request('tools/call', {
      name: 'get_salesforce_associations',
      arguments: { issues: ['SUP-42'] },
    });
    jira.useScenario('default');
    expect(JSON.stringify(refused)).toContain('UNAUTHORIZED');
    expect(await session.close()).toBe(0);
    const outputs = [
      session.stdoutText.join(''),
      session.stderrText.join(''),
      ...answers,
      JSON.stringify(refused),
    ];
    expectOnlyJsonRpc(outputs[0] ?? '');
    for (const output of outputs) {
      expect(output).not.toContain(jira.password);
      expect(output).not.toContain(basic);
    }
  });
});
