import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { ConfigError, type SfLinksClient } from '@sf-links/core';
import { createNodeClient } from '@sf-links/core/node';
import { type FakeJira, startFakeJira } from '@sf-links/fake-jira';
import { startReadBackBreaker } from '@sf-links/fake-jira/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStallingProxy } from '../test/support/start-stalling-proxy.js';
import { createServer } from './create-server.js';
import { createUnconfiguredClient } from './create-unconfigured-client.js';

let jira: FakeJira;
let client: SfLinksClient;
const open: Client[] = [];

beforeAll(async () => {
  jira = await startFakeJira({ port: 0 });
  client = createNodeClient({
    env: {},
    overrides: {
      baseUrl: jira.baseUrl,
      pat: jira.pat,
      salesforceBaseUrl: 'https://acme.my.salesforce.com',
      maxRetries: 0,
      timeoutMs: 2000,
    },
  });
});

afterAll(async () => {
  await client.close();
  await jira.close();
});

afterEach(async () => {
  jira.useScenario('default');
  await Promise.all(open.splice(0).map((connected) => connected.close()));
});

async function connect(
  options: { enableWrites?: boolean; client?: SfLinksClient; callDeadlineMs?: number } = {},
): Promise<Client> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await createServer({
    client: options.client ?? client,
    enableWrites: options.enableWrites,
    callDeadlineMs: options.callDeadlineMs,
  }).connect(serverSide);
  const mcp = new Client({ name: 'unit-test', version: '1.0.0' });
  await mcp.connect(clientSide);
  open.push(mcp);
  return mcp;
}

async function call(mcp: Client, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await mcp.callTool({ name, arguments: args })) as CallToolResult;
}

function textOf(result: CallToolResult): string {
  return result.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
}

describe('tools/list', () => {
  it('lists only the read tool unless writes are enabled', async () => {
    const tools = await (await connect()).listTools();
    expect(tools.tools.map((tool) => tool.name)).toEqual(['get_salesforce_associations']);
    const withWrites = await (await connect({ enableWrites: true })).listTools();
    expect(withWrites.tools.map((tool) => tool.name)).toEqual([
      'get_salesforce_associations',
      'add_salesforce_associations',
    ]);
  });

  it('matches the snapshot (names, annotations, schemas)', async () => {
    const tools = await (await connect({ enableWrites: true })).listTools();
    expect(tools).toMatchSnapshot();
  });

  it('stays under 1,000 tokens (characters / 4), read-only and with writes', async () => {
    const readOnly = JSON.stringify(await (await connect()).listTools()).length;
    const withWrites = JSON.stringify(await (await connect({ enableWrites: true })).listTools()).length;
    expect(readOnly).toBeGreaterThan(1000);
    expect(withWrites).toBeGreaterThan(readOnly);
    expect(withWrites).toBeLessThan(4000);
  });
});

describe('get_salesforce_associations', () => {
  it('answers the documented records of 11816 and 11817 in one call', async () => {
    const result = await call(await connect(), 'get_salesforce_associations', {
      issues: ['11816', 'sup-43'],
    });
    expect(result.isError).toBe(false);
    expect(result.structuredContent).toEqual({
      results: [
        {
          issue: '11816',
          count: 1,
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
          count: 1,
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
      ],
    });
    expect(textOf(result)).toBe(
      [
        '11816: 1 linked Salesforce record',
        '- Case 500J80000019IF9IAM (auto-push, auto-pull) https://acme.my.salesforce.com/lightning/r/Case/500J80000019IF9IAM/view',
        'SUP-43 (issue id 11817): 1 linked Salesforce record',
        '- Case 500J80107019IG9ILM (auto-pull) https://acme.my.salesforce.com/lightning/r/Case/500J80107019IG9ILM/view',
      ].join('\n'),
    );
  });

  it('reports per-issue errors beside good results, without isError', async () => {
    const result = await call(await connect(), 'get_salesforce_associations', {
      issues: [
        'SUP-44',
        'NOPE-1',
        'not an issue',
        `${jira.baseUrl}/browse/SUP-42`,
        'https://other.example.com/browse/SUP-42',
      ],
    });
    expect(result.isError).toBe(false);
    const results = (result.structuredContent as { results: Record<string, unknown>[] }).results;
    expect(results.map((entry) => entry.issue)).toEqual([
      'SUP-44',
      'NOPE-1',
      'not an issue',
      'SUP-42',
      'https://other.example.com/browse/SUP-42',
    ]);
    expect(results[0]).toEqual({ issue: 'SUP-44', associations: [], count: 0 });
    expect(results[1]).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(results[2]).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    expect(results[3]).toMatchObject({ count: 1 });
    expect(results[4]).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    expect(textOf(result)).toContain('SUP-44: no linked Salesforce records');
    expect(textOf(result)).toContain('NOPE-1: error NOT_FOUND — ');
  });

  it('sets isError when every issue failed, and marks temporary failures', async () => {
    jira.useScenario('proxy-503');
    const result = await call(await connect(), 'get_salesforce_associations', {
      issues: ['SUP-42', 'SUP-43'],
    });
    expect(result.isError).toBe(true);
    const results = (result.structuredContent as { results: { error: { code: string } }[] }).results;
    expect(results.map((entry) => entry.error.code)).toEqual([
      'UPSTREAM_UNAVAILABLE',
      'UPSTREAM_UNAVAILABLE',
    ]);
    expect(textOf(result)).toContain('SUP-42: error UPSTREAM_UNAVAILABLE (temporary: retry later) — ');
  });

  it('refuses an empty or oversized list as an isError result, not a protocol error', async () => {
    const mcp = await connect();
    const before = jira.requests.length;
    const empty = await call(mcp, 'get_salesforce_associations', { issues: [] });
    expect(empty.isError).toBe(true);
    expect(empty.structuredContent).toEqual({
      results: [],
      error: {
        code: 'INVALID_INPUT',
        message: 'No issue given. Give at least one issue, e.g. {"issues": ["PROJ-123", "11816"]}.',
      },
    });
    expect(textOf(empty)).toBe(
      'error INVALID_INPUT — No issue given. Give at least one issue, e.g. {"issues": ["PROJ-123", "11816"]}.',
    );
    const tooMany = await call(mcp, 'get_salesforce_associations', {
      issues: Array.from({ length: 51 }, (_, index) => `SUP-${index + 1}`),
    });
    expect(tooMany.isError).toBe(true);
    expect(tooMany.structuredContent).toEqual({
      results: [],
      error: {
        code: 'INVALID_INPUT',
        message:
          '51 issues in one call; at most 50 are looked up at once. Give at most 50 issues per call; split the list.',
      },
    });
    expect(jira.requests.length).toBe(before);
  });

  // Regression: the SDK validated these against the input schema first and answered
  // "MCP error -32602: Input validation error …", with no error code and no structuredContent.
  it.each([
    {
      name: 'a missing issues argument',
      args: { issue: 'SUP-42' },
      says: 'The argument "issues" is missing.',
    },
    {
      name: 'a string instead of a list',
      args: { issues: 'SUP-42' },
      says: 'must be a list of strings, not "SUP-42"',
    },
    { name: 'an object instead of a list', args: { issues: { a: 1 } }, says: 'must be a list of strings' },
    { name: 'null', args: { issues: null }, says: 'must be a list of strings, not null' },
  ])('refuses $name with INVALID_INPUT in structuredContent', async ({ args, says }) => {
    const result = await call(await connect(), 'get_salesforce_associations', args);
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toMatchObject({
      results: [],
      error: { code: 'INVALID_INPUT', message: expect.stringContaining(says) },
    });
    expect((result.structuredContent as { error: { message: string } }).error.message).toContain('Send');
    expect(textOf(result)).not.toMatch(/Input validation error|MCP error/);
  });

  it('answers an entry that is not a string as its own INVALID_INPUT result, the others looked up', async () => {
    const result = await call(await connect(), 'get_salesforce_associations', {
      issues: ['SUP-42', 11817, null],
    });
    expect(result.isError).toBe(false);
    const results = (result.structuredContent as { results: Record<string, unknown>[] }).results;
    expect(results[0]).toMatchObject({ issue: 'SUP-42', count: 1 });
    expect(results[1]).toEqual({
      issue: '11817',
      error: {
        code: 'INVALID_INPUT',
        message:
          'Issue 2 is 11817, not a string. Give each issue as a string: a key ("PROJ-123"), an id ("11816") or a browse URL.',
      },
    });
    expect(results[2]).toMatchObject({ issue: 'null', error: { code: 'INVALID_INPUT' } });
    const allBad = await call(await connect(), 'get_salesforce_associations', { issues: [1, 2] });
    expect(allBad.isError).toBe(true);
  });

  it('answers within its deadline: issues Jira has not answered by then are TIMEOUT results', async () => {
    // Per-request timeout far beyond the deadline: only the call's deadline can end this call.
    const patient = createNodeClient({
      env: {},
      overrides: { baseUrl: jira.baseUrl, pat: jira.pat, maxRetries: 0, timeoutMs: 60_000 },
    });
    try {
      const mcp = await connect({ client: patient, callDeadlineMs: 400 });
      jira.useScenario('stall');
      const started = performance.now();
      const result = await call(mcp, 'get_salesforce_associations', {
        issues: Array.from({ length: 50 }, (_, index) => `SUP-${index + 1}`),
      });
      const elapsed = performance.now() - started;
      jira.useScenario('default');
      expect(elapsed).toBeGreaterThanOrEqual(390);
      expect(elapsed).toBeLessThan(1400);
      expect(result.isError).toBe(true);
      const results = (
        result.structuredContent as { results: { issue: string; error: { code: string; message: string } }[] }
      ).results;
      expect(results).toHaveLength(50);
      expect(new Set(results.map((entry) => entry.error.code))).toEqual(new Set(['TIMEOUT']));
      expect(results[0]?.error.message).toBe(
        `No answer from ${new URL(jira.baseUrl).host} within this call's 0.4 s deadline while looking up SUP-1. Ask again for the issues that timed out, fewer per call; if every issue is slow, check Jira with sf-links-mcp --doctor.`,
      );
      expect(textOf(result)).toContain('SUP-50: error TIMEOUT (temporary: retry later) — ');
      expect((await call(mcp, 'get_salesforce_associations', { issues: ['SUP-42'] })).isError).toBe(false);
    } finally {
      await patient.close();
    }
  });

  it('keeps what Jira answered before the deadline, in input order', async () => {
    const proxy = await startStallingProxy(jira.baseUrl, ['SUP-43']);
    const throughProxy = createNodeClient({
      env: {},
      overrides: { baseUrl: proxy.baseUrl, pat: jira.pat, maxRetries: 0, timeoutMs: 60_000 },
    });
    try {
      const mcp = await connect({ client: throughProxy, callDeadlineMs: 500 });
      const result = await call(mcp, 'get_salesforce_associations', {
        issues: ['SUP-43', '11816', 'SUP-44'],
      });
      expect(result.isError).toBe(false);
      const results = (result.structuredContent as { results: Record<string, unknown>[] }).results;
      expect(results.map((entry) => entry.issue)).toEqual(['SUP-43', '11816', 'SUP-44']);
      expect(results[0]).toMatchObject({ error: { code: 'TIMEOUT' } });
      expect(results[1]).toMatchObject({ count: 1, associations: [{ soid: '500J80000019IF9IAM' }] });
      expect(results[2]).toMatchObject({ count: 0 });
    } finally {
      await throughProxy.close();
      await proxy.close();
    }
  });

  it('answers CONFIG with what to set when the configuration is invalid', async () => {
    let configError: unknown;
    try {
      createNodeClient({ env: {} });
    } catch (error) {
      configError = error;
    }
    expect(configError).toBeInstanceOf(ConfigError);
    const mcp = await connect({ client: createUnconfiguredClient(configError as ConfigError) });
    expect((await mcp.listTools()).tools).toHaveLength(1);
    const result = await call(mcp, 'get_salesforce_associations', { issues: ['SUP-42'] });
    expect(result.isError).toBe(true);
    const [entry] = (result.structuredContent as { results: { error: { code: string; message: string } }[] })
      .results;
    expect(entry?.error.code).toBe('CONFIG');
    expect(entry?.error.message).toContain('JIRA_BASE_URL: is required');
    expect(entry?.error.message).toContain('"env" block');
  });
});

describe('get_salesforce_associations progress', () => {
  type Progress = { progress: number; total?: number; message?: string };

  /** A connected client, with every `notifications/progress` the server sent it (whoever asked). */
  async function connectWatched(
    options: { client?: SfLinksClient; callDeadlineMs?: number } = {},
  ): Promise<{ mcp: Client; sent: Progress[] }> {
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await createServer({ client: options.client ?? client, callDeadlineMs: options.callDeadlineMs }).connect(
      serverSide,
    );
    const mcp = new Client({ name: 'unit-test', version: '1.0.0' });
    await mcp.connect(clientSide);
    open.push(mcp);
    const sent: Progress[] = [];
    const deliver = clientSide.onmessage;
    clientSide.onmessage = (message, extra) => {
      if ('method' in message && message.method === 'notifications/progress') {
        sent.push(message.params as Progress);
      }
      deliver?.(message, extra);
    };
    return { mcp, sent };
  }

  /** The same client, but `lookupMany` one issue at a time: answers come spaced by Jira's latency. */
  function oneAtATime(inner: SfLinksClient): SfLinksClient {
    return {
      ...inner,
      lookupMany: (issues, options) => inner.lookupMany(issues, { ...options, concurrency: 1 }),
    };
  }

  it('sends one notification per issue answered, 1 to 3 of 3, when the call asks', async () => {
    const { mcp, sent } = await connectWatched();
    const seen: Progress[] = [];
    const result = (await mcp.callTool(
      { name: 'get_salesforce_associations', arguments: { issues: ['11816', 'SUP-43', 'SUP-999'] } },
      undefined,
      { onprogress: (progress) => seen.push(progress) },
    )) as CallToolResult;
    expect(result.isError).toBe(false);
    const results = (result.structuredContent as { results: Record<string, unknown>[] }).results;
    expect(results.map((entry) => entry.issue)).toEqual(['11816', 'SUP-43', 'SUP-999']);
    expect(results[2]).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(seen).toEqual(
      [1, 2, 3].map((done) => ({ progress: done, total: 3, message: `${done} of 3 issues answered` })),
    );
    expect(sent).toHaveLength(3);
  });

  it('sends none when the call carries no progressToken', async () => {
    const { mcp, sent } = await connectWatched();
    const result = await call(mcp, 'get_salesforce_associations', { issues: ['11816', 'SUP-43', 'SUP-44'] });
    expect(result.isError).toBe(false);
    expect(sent).toEqual([]);
  });

  it('counts issues cut off by the deadline as answered, and sends nothing after the answer', async () => {
    const proxy = await startStallingProxy(jira.baseUrl, ['SUP-43']);
    const throughProxy = createNodeClient({
      env: {},
      overrides: { baseUrl: proxy.baseUrl, pat: jira.pat, maxRetries: 0, timeoutMs: 60_000 },
    });
    try {
      const { mcp, sent } = await connectWatched({ client: throughProxy, callDeadlineMs: 300 });
      const seen: number[] = [];
      const result = (await mcp.callTool(
        { name: 'get_salesforce_associations', arguments: { issues: ['SUP-43', '11816'] } },
        undefined,
        { onprogress: ({ progress }) => seen.push(progress) },
      )) as CallToolResult;
      const results = (result.structuredContent as { results: Record<string, unknown>[] }).results;
      expect(results[0]).toMatchObject({ error: { code: 'TIMEOUT' } });
      expect(seen).toEqual([1, 2]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(sent).toHaveLength(2);
    } finally {
      await throughProxy.close();
      await proxy.close();
    }
  });

  it('keeps a slow batch alive for a client that resets its timeout on progress', async () => {
    // Four issues of 300 ms each, one after another: 1.2 s in all, progress every 300 ms.
    const { mcp } = await connectWatched({ client: oneAtATime(client) });
    jira.configure({ latencyMs: 300 });
    const issues = ['11816', 'SUP-43', 'SUP-44', 'SUP-42'];
    const request = { name: 'get_salesforce_associations', arguments: { issues } };
    const onprogress = () => {};
    await expect(mcp.callTool(request, undefined, { onprogress, timeout: 700 })).rejects.toThrow(
      /timed out/i,
    );
    const result = (await mcp.callTool(request, undefined, {
      onprogress,
      timeout: 700,
      resetTimeoutOnProgress: true,
    })) as CallToolResult;
    expect(result.isError).toBe(false);
    const results = (result.structuredContent as { results: Record<string, unknown>[] }).results;
    expect(results.filter((entry) => 'error' in entry)).toEqual([]);
  });

  it('still answers when sending progress fails (a broken pipe)', async () => {
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const send = serverSide.send.bind(serverSide);
    let refused = 0;
    serverSide.send = (message, options) => {
      if ('method' in message && message.method === 'notifications/progress') {
        refused += 1;
        return Promise.reject(new Error('write EPIPE'));
      }
      return send(message, options);
    };
    await createServer({ client }).connect(serverSide);
    const mcp = new Client({ name: 'unit-test', version: '1.0.0' });
    await mcp.connect(clientSide);
    open.push(mcp);
    const result = (await mcp.callTool(
      { name: 'get_salesforce_associations', arguments: { issues: ['11816', 'SUP-43'] } },
      undefined,
      { onprogress: () => {} },
    )) as CallToolResult;
    expect(refused).toBe(2);
    expect(result.isError).toBe(false);
    expect((result.structuredContent as { results: unknown[] }).results).toHaveLength(2);
  });
});

describe('add_salesforce_associations', () => {
  const account = { son: 'Account', soid: '001000000000001AAA' };

  it('adds, then replaces, and answers what the issue holds now', async () => {
    jira.seedIssue({ id: '21001', key: 'WRITE-1', associations: [] });
    const mcp = await connect({ enableWrites: true });
    const added = await call(mcp, 'add_salesforce_associations', {
      issue: 'write-1',
      records: [{ son: 'Case', soid: '500J80000019IF9IAM', autoPush: true }],
    });
    expect(added.isError).toBe(false);
    expect(added.structuredContent).toEqual({
      results: [
        {
          issue: 'WRITE-1',
          count: 1,
          associations: [
            {
              jiraIssueId: '21001',
              son: 'Case',
              soid: '500J80000019IF9IAM',
              viewOnly: false,
              autoPush: true,
              autoPull: false,
              url: 'https://acme.my.salesforce.com/lightning/r/Case/500J80000019IF9IAM/view',
            },
          ],
        },
      ],
    });
    const replaced = await call(mcp, 'add_salesforce_associations', {
      issue: 'WRITE-1',
      records: [{ son: 'Account', soid: 'a0RE000000IJmcN' }],
      replace: true,
    });
    expect(replaced.isError).toBe(false);
    expect(jira.associationsOf('WRITE-1').map((association) => association.soid)).toEqual([
      'a0RE000000IJmcNMAT',
    ]);
  });

  it('needs confirmUnlinkAll to replace with nothing', async () => {
    jira.seedIssue({
      id: '21002',
      key: 'WRITE-2',
      associations: [{ jiraIssueId: '21002', son: 'Case', soid: '500J80000019IF9IAM' }],
    });
    const mcp = await connect({ enableWrites: true });
    const before = jira.requests.length;
    const refused = await call(mcp, 'add_salesforce_associations', {
      issue: 'WRITE-2',
      records: [],
      replace: true,
    });
    expect(refused.isError).toBe(true);
    expect(refused.structuredContent).toMatchObject({
      results: [{ issue: 'WRITE-2', error: { code: 'INVALID_INPUT' } }],
    });
    expect(textOf(refused)).toContain('confirmUnlinkAll: true');
    expect(jira.requests.length).toBe(before);
    const cleared = await call(mcp, 'add_salesforce_associations', {
      issue: 'WRITE-2',
      records: [],
      replace: true,
      confirmUnlinkAll: true,
    });
    expect(cleared.structuredContent).toEqual({
      results: [{ issue: 'WRITE-2', associations: [], count: 0 }],
    });
  });

  it('says which records kept their flags when they were linked already', async () => {
    jira.seedIssue({
      id: '21003',
      key: 'WRITE-3',
      associations: [{ jiraIssueId: '21003', son: 'Case', soid: '500J80000019IF9IAM', viewOnly: true }],
    });
    const mcp = await connect({ enableWrites: true });
    const result = await call(mcp, 'add_salesforce_associations', {
      issue: 'WRITE-3',
      records: [{ son: 'Case', soid: '500J80000019IF9IAM', autoPush: true }],
    });
    expect(result.isError).toBe(false);
    expect(result.structuredContent).toMatchObject({
      results: [{ issue: 'WRITE-3', count: 1, associations: [{ viewOnly: true, autoPush: false }] }],
      flagsNotApplied: [{ son: 'Case', soid: '500J80000019IF9IAM', autoPush: true }],
    });
    expect(textOf(result)).toContain(
      'Flags not applied: Case 500J80000019IF9IAM was linked already and keeps view-only (asked: auto-push).',
    );
    expect(textOf(result)).toContain('call again with replace: true and every record the issue should keep');
  });

  it('says the records were linked when only the read-back fails', async () => {
    jira.seedIssue({ id: '21004', key: 'WRITE-4', associations: [] });
    const breaker = await startReadBackBreaker(jira.baseUrl);
    const throughBreaker = createNodeClient({
      env: {},
      overrides: { baseUrl: breaker.baseUrl, pat: jira.pat, maxRetries: 0, timeoutMs: 2000 },
    });
    try {
      const mcp = await connect({ enableWrites: true, client: throughBreaker });
      const result = await call(mcp, 'add_salesforce_associations', {
        issue: 'WRITE-4',
        records: [account],
      });
      expect(result.isError).toBe(true);
      expect(result.structuredContent).toMatchObject({
        results: [{ issue: 'WRITE-4', error: { code: 'INVALID_RESPONSE' } }],
      });
      expect(textOf(result)).toContain('Jira accepted the write to WRITE-4, but reading back');
      expect(jira.associationsOf('WRITE-4').map((association) => association.soid)).toEqual([account.soid]);
    } finally {
      await throughBreaker.close();
      await breaker.close();
    }
  });

  it('refuses a bad record id before any request', async () => {
    const mcp = await connect({ enableWrites: true });
    const before = jira.requests.length;
    const result = await call(mcp, 'add_salesforce_associations', {
      issue: 'SUP-44',
      records: [{ son: 'Case', soid: '500J80107019IG9ILM' }, account],
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('must be a 15-character id or an 18-character id with a correct suffix');
    expect(jira.requests.length).toBe(before);
  });

  // Regression: these were SDK "Input validation error" texts with no error code.
  it.each([
    {
      name: 'a soid in no id form',
      args: { issue: 'sup-44', records: [{ son: 'Case', soid: 'not-an-id' }] },
      says: 'Record 1: soid "not-an-id" must be a 15-character id or an 18-character id with a correct suffix.',
    },
    {
      name: 'an id of another object',
      args: { issue: 'SUP-44', records: [{ son: 'Case', soid: '001000000000001AAA' }] },
      says: 'Record 1: soid "001000000000001AAA" is the id of an Account (prefix 001), not of a Case.',
    },
    {
      name: 'an object name that is none',
      args: { issue: 'SUP-44', records: [{ son: 'a case', soid: '500J80000019IF9IAM' }] },
      says: 'Record 1: son "a case" must be a Salesforce object API name',
    },
    {
      name: 'records that are not a list',
      args: { issue: 'SUP-44', records: 'Case:500J80000019IF9IAM' },
      says: 'The argument "records" must be a list of records, not "Case:500J80000019IF9IAM".',
    },
    {
      name: 'missing records',
      args: { issue: 'SUP-44' },
      says: 'The argument "records" must be a list of records.',
    },
    {
      name: 'a flag that is not a boolean',
      args: { issue: 'SUP-44', records: [account], replace: 'yes' },
      says: 'The argument "replace" must be true or false, not "yes".',
    },
    {
      name: 'a record flag that is not a boolean',
      args: { issue: 'SUP-44', records: [{ ...account, viewOnly: 'true' }] },
      says: 'Record 1: viewOnly "true" must be true or false.',
    },
  ])('refuses $name with INVALID_INPUT and what to send, before any request', async ({ args, says }) => {
    const mcp = await connect({ enableWrites: true });
    const before = jira.requests.length;
    const result = await call(mcp, 'add_salesforce_associations', args);
    expect(result.isError).toBe(true);
    const [entry] = (
      result.structuredContent as { results: { issue: string; error: { code: string; message: string } }[] }
    ).results;
    expect(entry?.issue).toBe('SUP-44');
    expect(entry?.error.code).toBe('INVALID_INPUT');
    expect(entry?.error.message).toContain(says);
    expect(textOf(result)).toContain('SUP-44: error INVALID_INPUT — ');
    expect(textOf(result)).not.toMatch(/Input validation error|MCP error/);
    expect(jira.requests.length).toBe(before);
  });

  it('refuses an issue that is not a string, labelled as sent', async () => {
    const result = await call(await connect({ enableWrites: true }), 'add_salesforce_associations', {
      issue: 11816,
      records: [account],
    });
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toMatchObject({
      results: [
        {
          error: {
            code: 'INVALID_INPUT',
            message: expect.stringContaining('"issue" must be one issue as a string, not 11816'),
          },
        },
      ],
    });
  });

  it('reports an upstream refusal with its code', async () => {
    const mcp = await connect({ enableWrites: true });
    const result = await call(mcp, 'add_salesforce_associations', {
      issue: 'LOCKED-1',
      records: [{ son: 'Case', soid: '500J80000019IF9IAM' }],
    });
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toMatchObject({
      results: [{ issue: 'LOCKED-1', error: { code: 'FORBIDDEN' } }],
    });
  });
});
