// End to end in a real n8n: the packed node installed as n8n installs community packages, workflows
// imported and run from n8n's CLI, credentials tested through its server. Runs each version in turn
// (they share 2 cores); each n8n boot costs seconds, so one workflow run carries many assertions.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FakeJira, startFakeJira } from '@sf-links/fake-jira';
import { createTestCertificates } from '@sf-links/fake-jira/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createN8nHome,
  installN8n,
  killAllN8n,
  type N8nHome,
  type N8nResult,
  onInstallFailure,
  outputOf,
  packNode,
  parseExecution,
} from './support/n8n-harness.mjs';
import {
  badPatCredential,
  basicCredential,
  failingWorkflow,
  hiddenIssue,
  mainWorkflow,
  networkCredentials,
  networkWorkflow,
  patCredential,
} from './support/workflows.mjs';

const versions = ['2.8.4', '1.123.81'];
const installs = new Map<string, string>();
for (const version of versions) {
  const installed = await installN8n(version);
  if ('dir' in installed) installs.set(version, installed.dir);
  else if (onInstallFailure() === 'fail') {
    // CI: a skipped suite would pass (and turbo would have cached it as a pass): fail instead.
    it(`installs n8n ${version} for the end-to-end tests (CI=true: no skipping)`, () => {
      throw new Error(`n8n ${version} could not be installed:\n${installed.problem}`);
    });
  } else {
    const banner = '!'.repeat(100);
    console.warn(
      `\n${banner}\n!!! SKIPPING the end-to-end tests in n8n ${version}: it could not be installed.\n${installed.problem}\n${banner}\n`,
    );
  }
}

const badPat = 'not-the-pat-of-anyone-0123456789';
const examplePath = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'examples',
  'get-linked-cases.workflow.json',
);

/** The README's example workflow, with an id and the test's PAT credential in place of the placeholder. */
async function exampleWorkflow() {
  const text = await readFile(examplePath, 'utf8');
  const workflow = JSON.parse(
    text.replace(
      '"id": "replace-me", "name": "Jira DC (PAT)"',
      `"id": "${patCredential.id}", "name": "${patCredential.name}"`,
    ),
  ) as Record<string, unknown>;
  return { ...workflow, id: 'sfLinksExample', active: false };
}
const documentedCase = { jiraIssueId: '11816', son: 'Case', soid: '500J80000019IF9IAM', viewOnly: false };

let workDir: string;
let tarball: string;
beforeAll(async () => {
  if (installs.size === 0) return;
  workDir = await mkdtemp(join(tmpdir(), 'sf-links-n8n-pack-'));
  tarball = await packNode(workDir);
}, 120_000);
afterAll(async () => {
  killAllN8n();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** No secret in anything n8n printed. */
function expectNoSecret(fake: FakeJira, ...results: N8nResult[]) {
  const basic = Buffer.from(`${fake.username}:${fake.password}`).toString('base64');
  for (const result of results) {
    const output = result.stdout + result.stderr;
    for (const secret of [fake.pat, badPat, fake.password, basic]) expect(output).not.toContain(secret);
  }
}

for (const version of versions) {
  const n8nDir = installs.get(version);
  describe.skipIf(!n8nDir).sequential(`in a real n8n ${version}`, () => {
    let fake: FakeJira;
    let home: N8nHome;
    // The network workflow's Jiras: HTTPS with a certificate of a CA n8n does not know, one that
    // never answers, and one answering 403 for issues the account cannot see.
    let httpsFake: FakeJira;
    let stalledFake: FakeJira;
    let forbiddingFake: FakeJira;
    let closedPort: number;

    beforeAll(async () => {
      fake = await startFakeJira({ port: 0, contextPath: '/jira' });
      const { key, cert } = createTestCertificates();
      httpsFake = await startFakeJira({ port: 0, tls: { key, cert } });
      stalledFake = await startFakeJira({ port: 0, scenario: 'stall' });
      forbiddingFake = await startFakeJira({ port: 0, hiddenIssueAnswer: 403 });
      closedPort = await freePort();
      for (const jira of [fake, forbiddingFake]) jira.seedIssue({ ...hiddenIssue, visible: false });
      home = await createN8nHome(version, n8nDir ?? '', tarball);
      const networkCredential = (
        credential: { id: string; name: string },
        jira: { baseUrl: string; pat: string },
        ignoreSslIssues = false,
      ) => ({
        ...credential,
        type: 'sfLinksJiraPatApi',
        data: { baseUrl: jira.baseUrl, accessToken: jira.pat, ignoreSslIssues },
      });
      const closedJira = { baseUrl: `http://127.0.0.1:${closedPort}`, pat: 'no-one-listens' };
      const credentials = [
        networkCredential(networkCredentials.httpsStrict, httpsFake),
        networkCredential(networkCredentials.httpsIgnore, httpsFake, true),
        networkCredential(networkCredentials.stalled, stalledFake),
        networkCredential(networkCredentials.closedPort, closedJira),
        networkCredential(networkCredentials.hiddenAs403, forbiddingFake),
        {
          ...patCredential,
          type: 'sfLinksJiraPatApi',
          data: { baseUrl: fake.baseUrl, accessToken: fake.pat, ignoreSslIssues: false },
        },
        {
          ...badPatCredential,
          type: 'sfLinksJiraPatApi',
          data: { baseUrl: fake.baseUrl, accessToken: badPat, ignoreSslIssues: false },
        },
        {
          ...basicCredential,
          type: 'sfLinksJiraBasicApi',
          data: {
            baseUrl: fake.baseUrl,
            username: fake.username,
            password: fake.password,
            ignoreSslIssues: false,
          },
        },
      ];
      const credentialsFile = join(home.userFolder, 'credentials.json');
      const workflowsFile = join(home.userFolder, 'workflows.json');
      await writeFile(credentialsFile, JSON.stringify(credentials));
      await writeFile(
        workflowsFile,
        JSON.stringify([mainWorkflow(), failingWorkflow(), networkWorkflow(), await exampleWorkflow()]),
      );
      for (const args of [
        ['import:credentials', `--input=${credentialsFile}`],
        ['import:workflow', `--input=${workflowsFile}`],
      ]) {
        const result = await home.cli(args);
        if (result.exitCode !== 0)
          throw new Error(`n8n ${args[0]} failed:\n${result.stdout}\n${result.stderr}`);
      }
    }, 180_000);

    afterAll(async () => {
      killAllN8n();
      for (const jira of [httpsFake, stalledFake, forbiddingFake]) await jira?.close();
      await fake?.close();
      await home?.remove();
    });

    it('runs Get Many, Create and Continue On Fail with item linking intact', async () => {
      const result = await home.cli(['execute', '--id=sfLinksMain', '--rawOutput']);
      expect(result.exitCode, result.stderr).toBe(0);
      const run = parseExecution(result.stdout);

      // The documented Case records of 11816 and 11817: two items, each paired to its input item.
      expect(outputOf(run, 'Get Many (PAT)')).toEqual([
        {
          json: {
            issue: '11816',
            ...documentedCase,
            autoPush: true,
            autoPull: true,
            url: 'https://acme.my.salesforce.com/lightning/r/Case/500J80000019IF9IAM/view',
          },
          pairedItem: { item: 0 },
        },
        {
          json: {
            issue: '11817',
            jiraIssueId: '11817',
            son: 'Case',
            soid: '500J80107019IG9ILM',
            viewOnly: false,
            autoPush: false,
            autoPull: true,
            url: 'https://acme.my.salesforce.com/lightning/r/Case/500J80107019IG9ILM/view',
          },
          pairedItem: { item: 1 },
        },
      ]);
      // Downstream, $('PAT input').item resolves through the pairing to the right input item.
      expect(outputOf(run, 'After PAT').map((item) => [item.json.issue, item.json.inputIssue])).toEqual([
        ['11816', '11816'],
        ['11817', '11817'],
      ]);

      // Basic credentials, one item per issue.
      expect(outputOf(run, 'Get Many (Basic)').map((item) => [item.json.issue, item.pairedItem])).toEqual([
        ['11816', { item: 0 }],
        ['11817', { item: 1 }],
      ]);
      expect(outputOf(run, 'Get Many (Basic)')[0]?.json.associations).toEqual([
        { ...documentedCase, autoPush: true, autoPull: true },
      ]);
      expect(outputOf(run, 'After Basic').map((item) => item.json.inputIssue)).toEqual(['11816', '11817']);

      // Continue On Fail: good, missing, invalid, good — every item paired, the run goes on.
      const continued = outputOf(run, 'Get Many (continue)');
      expect(continued.map((item) => item.pairedItem)).toEqual([
        { item: 0 },
        { item: 1 },
        { item: 2 },
        { item: 3 },
        { item: 4 },
      ]);
      expect(continued[1]?.json).toEqual({
        error: expect.stringMatching(/^Issue SUP-999 was not found on 127\.0\.0\.1:\d+/),
        code: 'NOT_FOUND',
        description: 'Check the issue key, and that the account of these credentials can browse it.',
      });
      // An issue the account cannot browse: Jira answers it as it answers a missing one (404 by
      // default, behaviour 8), and the hint names both causes.
      expect(continued[2]?.json).toEqual({
        error: expect.stringMatching(/^Issue SECRET-1 was not found on 127\.0\.0\.1:\d+/),
        code: 'NOT_FOUND',
        description: 'Check the issue key, and that the account of these credentials can browse it.',
      });
      expect(continued[3]?.json).toMatchObject({
        code: 'INVALID_INPUT',
        error: '"not an issue" is not a Jira issue.',
      });
      expect(continued[4]?.json.soid).toBe('500J80107019IG9ILM');
      expect(outputOf(run, 'After continue').map((item) => item.json.inputIssue)).toEqual([
        '11816',
        'SUP-999',
        'SECRET-1',
        'not an issue',
        '11817',
      ]);

      // A rejected token: an error item per input item, with the code and what to do.
      expect(outputOf(run, 'Get Many (bad PAT)')).toEqual(
        [0, 1].map((index) => ({
          json: {
            error: expect.stringMatching(
              /^Jira at 127\.0\.0\.1:\d+ rejected the Personal Access Token \(HTTP 401\)/,
            ),
            code: 'UNAUTHORIZED',
            description: expect.stringContaining("set the credential's Personal Access Token"),
          },
          pairedItem: { item: index },
        })),
      );

      // "Continue (using error output)": the failed item goes to the error output, merged with its input.
      expect(outputOf(run, 'Get Many (error output)', 0).map((item) => item.json.issue)).toEqual(['11816']);
      expect(outputOf(run, 'Get Many (error output)', 1)).toEqual([
        expect.objectContaining({
          json: { error: expect.stringMatching(/^Issue SUP-999 was not found/) },
          pairedItem: { item: 1 },
        }),
      ]);
      expect(outputOf(run, 'Routed error').map((item) => item.json.inputIssue)).toEqual(['SUP-999']);
      expect(outputOf(run, 'Routed success').map((item) => item.json.inputIssue)).toEqual(['11816']);

      // Create adds to what SUP-44 held (nothing), and replaces what SF_2-7 held.
      expect(outputOf(run, 'Create (add)')).toEqual([
        {
          json: {
            issue: 'SUP-44',
            associations: [
              {
                jiraIssueId: '11818',
                son: 'Account',
                soid: '001J800000AbCdEIAV',
                viewOnly: false,
                autoPush: false,
                autoPull: true,
              },
            ],
            message: expect.any(String),
          },
          pairedItem: { item: 0 },
        },
      ]);
      expect(outputOf(run, 'Create (replace)')[0]?.json.associations).toEqual([
        {
          jiraIssueId: '11820',
          son: 'Case',
          soid: '500J80000019IF9IAM',
          viewOnly: false,
          autoPush: true,
          autoPull: false,
        },
      ]);
      expect(fake.associationsOf('SF_2-7')).toHaveLength(1);
      expect(
        fake.requests.filter((request) => request.method === 'POST').map((request) => request.query),
      ).toEqual([
        { jiraIssueIdOrKey: 'SUP-44', replace: 'false' },
        { jiraIssueIdOrKey: 'SF_2-7', replace: 'true' },
      ]);
      expectNoSecret(fake, result);
    }, 120_000);

    it('fails the execution with a clear message when Continue On Fail is off', async () => {
      const result = await home.cli(['execute', '--id=sfLinksFailing', '--rawOutput']);
      expect(result.exitCode).toBe(1);
      const error = parseExecution(result.stdout).data.resultData.runData['Get Many (fails)']?.[0]?.error;
      expect(error).toMatchObject({
        message: expect.stringMatching(/^Issue SUP-999 was not found on 127\.0\.0\.1:\d+/),
        description: 'Check the issue key, and that the account of these credentials can browse it.',
        context: { itemIndex: 1, code: 'NOT_FOUND' },
      });
      expectNoSecret(fake, result);
    }, 120_000);

    it('reports TLS, a stalled Jira, a closed port and a 403 per item, and honours Ignore SSL Issues', async () => {
      const result = await home.cli(['execute', '--id=sfLinksNetwork', '--rawOutput']);
      expect(result.exitCode, result.stderr).toBe(0);
      const run = parseExecution(result.stdout);
      const json = (node: string) => outputOf(run, node).map((item) => item.json);
      const failed = (node: string) => outputOf(run, node).map((item) => [item.json, item.pairedItem]);
      const case11816 = { issue: '11816', ...documentedCase, autoPush: true, autoPull: true };

      // Ignore SSL Issues off: the certificate of an unknown CA is refused before any HTTP exchange.
      expect(failed('Get Many (TLS verify)')).toEqual([
        [
          {
            error: `Jira at 127.0.0.1:${httpsFake.port} presented a certificate that n8n does not trust while handling 11816.`,
            code: 'UPSTREAM_UNAVAILABLE',
            description:
              "Give n8n your company's CA (NODE_EXTRA_CA_CERTS on the n8n server), or turn on Ignore SSL Issues in the credential.",
          },
          { item: 0 },
        ],
      ]);
      // On: the same Jira, the same certificate, the records.
      expect(json('Get Many (TLS ignore)')).toEqual([case11816]);
      expect(httpsFake.requests.map((request) => request.query.jiraIssueIdOrKey)).toEqual(['11816']);

      // A Jira that accepts the connection and never answers: the node's Timeout option ends it.
      expect(failed('Get Many (stalled)')).toEqual([
        [
          {
            error: `Jira at 127.0.0.1:${stalledFake.port} did not answer in time (1500 ms) while handling 11816.`,
            code: 'TIMEOUT',
            description:
              'Check that Jira is up, raise the Timeout option, or turn on Retry On Fail in the node settings.',
          },
          { item: 0 },
        ],
      ]);
      expect(stalledFake.requests.length).toBeGreaterThan(0);

      expect(failed('Get Many (closed port)')).toEqual([
        [
          {
            error: `Jira at 127.0.0.1:${closedPort} refused the connection while handling 11816.`,
            code: 'UPSTREAM_UNAVAILABLE',
            description: "Check the credential's Base URL (host and port).",
          },
          { item: 0 },
        ],
      ]);

      // A Jira that answers 403 for issues the account cannot see (behaviour 8's switch).
      expect(failed('Get Many (hidden as 403)')).toEqual([
        [case11816, { item: 0 }],
        [
          {
            error: expect.stringMatching(
              /^Issue SECRET-1 does not exist on 127\.0\.0\.1:\d+, or the account of these credentials is not allowed to see it \(HTTP 403\)\. Jira said: "You do not have the permission to see the specified issue\."/,
            ),
            code: 'FORBIDDEN',
            description:
              'Check the issue key; if it is right, ask a Jira admin to grant this account permission to browse the issue.',
          },
          { item: 1 },
        ],
      ]);
      for (const jira of [httpsFake, stalledFake, forbiddingFake]) expectNoSecret(jira, result);
    }, 120_000);

    it('runs the example workflow of the README', async () => {
      const result = await home.cli(['execute', '--id=sfLinksExample', '--rawOutput']);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(outputOf(parseExecution(result.stdout), 'Report').map((item) => item.json)).toEqual([
        {
          askedFor: 'SUP-42',
          record: 'Case 500J80000019IF9IAM',
          link: 'https://acme.my.salesforce.com/lightning/r/Case/500J80000019IF9IAM/view',
        },
        {
          askedFor: '11817',
          record: 'Case 500J80107019IG9ILM',
          link: 'https://acme.my.salesforce.com/lightning/r/Case/500J80107019IG9ILM/view',
        },
      ]);
    }, 120_000);

    it('tests credentials through the server: OK only for Jira answering a user with JSON', async () => {
      const server = await home.startServer(await freePort());
      try {
        const headers = { 'content-type': 'application/json', 'browser-id': 'sf-links-e2e' };
        const setup = await fetch(`${server.baseUrl}/rest/owner/setup`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            email: 'owner@example.com',
            firstName: 'Owner',
            lastName: 'Test',
            password: 'Sf-links-e2e-1',
          }),
        });
        expect(setup.status, await setup.clone().text()).toBe(200);
        const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
        const call = async (path: string, body: unknown) => {
          const response = await fetch(`${server.baseUrl}${path}`, {
            method: 'POST',
            headers: { ...headers, cookie },
            body: JSON.stringify(body),
          });
          const json = (await response.json()) as { data?: Record<string, unknown> };
          if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${JSON.stringify(json)}`);
          return json.data ?? {};
        };
        const test = async (type: string, data: Record<string, unknown>) => {
          const created = await call('/rest/credentials', { name: `test ${Math.random()}`, type, data });
          return call('/rest/credentials/test', {
            credentials: { id: created.id, name: created.name, type, data },
          });
        };
        const pat = (baseUrl: string, accessToken: string) => ({
          baseUrl,
          accessToken,
          ignoreSslIssues: false,
        });

        expect(await test('sfLinksJiraPatApi', pat(fake.baseUrl, fake.pat))).toMatchObject({ status: 'OK' });
        expect(
          await test('sfLinksJiraBasicApi', {
            baseUrl: `${fake.baseUrl}/`,
            username: fake.username,
            password: fake.password,
            ignoreSslIssues: false,
          }),
        ).toMatchObject({ status: 'OK' });
        expect(await test('sfLinksJiraPatApi', pat(fake.baseUrl, badPat))).toEqual({
          status: 'Error',
          message: expect.stringMatching(/^Jira rejected the Personal Access Token \(HTTP 401\)/),
        });
        // The context path left out: Jira's REST API is not there.
        expect(await test('sfLinksJiraPatApi', pat(fake.baseUrl.replace(/\/jira$/, ''), fake.pat))).toEqual({
          status: 'Error',
          message: expect.stringMatching(/^Jira did not answer as a logged-in user\. Check the Base URL/),
        });
        expect(
          await test('sfLinksJiraBasicApi', {
            baseUrl: fake.baseUrl,
            username: fake.username,
            password: 'not-the-password',
            ignoreSslIssues: false,
          }),
        ).toEqual({
          // Jira answers a wrong Basic password with an HTML page: the message names it among the causes.
          status: 'Error',
          message: expect.stringMatching(
            /^Jira did not answer as a logged-in user\. Check the Base URL.* then check the username and password\./,
          ),
        });
        fake.resetCaptcha();
        // Nothing listens there: n8n's own words for a refused connection.
        expect(
          await test('sfLinksJiraPatApi', pat(`http://127.0.0.1:${await freePort()}`, fake.pat)),
        ).toEqual({
          status: 'Error',
          message: expect.stringMatching(/refused the connection/),
        });
        fake.useScenario('sso-page');
        expect(await test('sfLinksJiraPatApi', pat(fake.baseUrl, fake.pat))).toEqual({
          status: 'Error',
          message: expect.stringMatching(/^Jira did not answer as a logged-in user\. Check the Base URL/),
        });
        fake.useScenario('sso-redirect-idp');
        expect(await test('sfLinksJiraPatApi', pat(fake.baseUrl, fake.pat))).toEqual({
          status: 'Error',
          message: expect.stringMatching(/^Jira did not answer as a logged-in user\. Check the Base URL/),
        });
        fake.useScenario('default');
        expect(server.output()).not.toContain(fake.pat);
        expect(server.output()).not.toContain(badPat);
      } finally {
        fake.useScenario('default');
        await server.stop();
      }
    }, 180_000);
  });
}
