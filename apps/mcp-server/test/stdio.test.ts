import type { ErrorCode } from '@sf-links/core';
import { type FakeJira, startFakeJira } from '@sf-links/fake-jira';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectStdioClient, type StdioSession } from './support/connect-stdio-client.js';
import { documentedResults } from './support/documented-results.js';
import { describeFaultTable } from './support/fault-table.js';

let jira: FakeJira;
let session: StdioSession;

beforeAll(async () => {
  jira = await startFakeJira({ port: 0, contextPath: '/jira' });
  session = await connectStdioClient({
    JIRA_BASE_URL: jira.baseUrl,
    JIRA_PAT: jira.pat,
    JIRA_MAX_RETRIES: '0',
    JIRA_TIMEOUT_MS: '500',
    SF_LINKS_ENABLE_WRITES: 'true',
  });
});

afterAll(async () => {
  await session?.close();
  await jira?.close();
});

type Results = { results: { issue: string; error?: { code: ErrorCode; message: string } }[] };

describe('the built server over stdio', () => {
  it('answers the documented records of 11816 and 11817 in one call as structuredContent', async () => {
    const result = await session.call('get_salesforce_associations', { issues: ['11816', '11817'] });
    expect(result.isError).toBe(false);
    expect(result.structuredContent).toEqual(documentedResults);
  });

  it('answers RATE_LIMITED once Jira keeps answering 429', async () => {
    // A server of its own: after this, its client rightly holds requests for Jira's 60 s refill.
    const limited = await connectStdioClient({
      JIRA_BASE_URL: jira.baseUrl,
      JIRA_PAT: jira.pat,
      JIRA_MAX_RETRIES: '0',
    });
    jira.configure({ rateLimit: { capacity: 1, fillRate: 1, intervalSeconds: 60 } });
    const result = await limited
      .call('get_salesforce_associations', { issues: ['SUP-42', 'SUP-43'] })
      .finally(() => limited.close());
    jira.useScenario('default');
    expect(result.isError).toBe(false);
    const codes = (result.structuredContent as Results).results.map((entry) => entry.error?.code ?? 'ok');
    expect(codes.sort()).toEqual(['RATE_LIMITED', 'ok']);
  });

  it('reports mixed good and bad issues per issue, without isError', async () => {
    const result = await session.call('get_salesforce_associations', { issues: ['SUP-42', 'NOPE-1', '??'] });
    expect(result.isError).toBe(false);
    const results = (result.structuredContent as Results).results;
    expect(results.map((entry) => entry.error?.code ?? 'ok')).toEqual(['ok', 'NOT_FOUND', 'INVALID_INPUT']);
  });

  it('links records with the write tool when SF_LINKS_ENABLE_WRITES=true', async () => {
    jira.seedIssue({ id: '31001', key: 'E2E-1', associations: [] });
    const result = await session.call('add_salesforce_associations', {
      issue: 'E2E-1',
      records: [{ son: 'Account', soid: 'a0RE000000IJmcN', viewOnly: true }],
    });
    expect(result.isError).toBe(false);
    expect(result.structuredContent).toEqual({
      results: [
        {
          issue: 'E2E-1',
          count: 1,
          associations: [
            {
              jiraIssueId: '31001',
              son: 'Account',
              soid: 'a0RE000000IJmcNMAT',
              viewOnly: true,
              autoPush: false,
              autoPull: false,
            },
          ],
        },
      ],
    });
  });

  it('sends progress 1 to 3 of 3 when the call asks for it, and none when it does not', async () => {
    const sent: { progressToken?: unknown; progress: number; total?: number; message?: string }[] = [];
    const late: string[] = [];
    const { client } = session;
    const transport = client.transport;
    const deliver = transport?.onmessage;
    if (!transport || !deliver) throw new Error('expected a connected transport');
    transport.onmessage = (message, extra) => {
      if ('method' in message && message.method === 'notifications/progress')
        sent.push(message.params as (typeof sent)[number]);
      deliver(message, extra);
    };
    client.onerror = (error) => late.push(error.message);
    try {
      const request = {
        name: 'get_salesforce_associations',
        arguments: { issues: ['11816', 'SUP-43', 'NOPE-1'] },
      };
      const silent = await client.callTool(request);
      expect(silent.isError).toBe(false);
      expect(sent).toEqual([]);
      const seen: unknown[] = [];
      const result = await client.callTool(request, undefined, {
        onprogress: (progress) => seen.push(progress),
      });
      expect(result.structuredContent).toEqual(silent.structuredContent);
      await new Promise((resolve) => setTimeout(resolve, 50));
      // On the wire: exactly one per issue, before the answer.
      const wire = sent.map(({ progressToken: _token, ...rest }) => rest);
      expect(new Set(sent.map((entry) => entry.progressToken)).size).toBe(1);
      expect(wire).toEqual(
        [1, 2, 3].map((done) => ({ progress: done, total: 3, message: `${done} of 3 issues answered` })),
      );
      // The SDK Client hands a notification read in the same chunk as the answer to onerror as an
      // unknown token instead of onprogress (typescript-sdk#2580); the others reach onprogress in order.
      expect(seen).toEqual(wire.slice(0, seen.length));
      expect(late).toHaveLength(3 - seen.length);
      for (const message of late) expect(message).toMatch(/unknown token/);
    } finally {
      transport.onmessage = deliver;
      client.onerror = undefined;
    }
  });

  it('never shows the PAT in stderr', () => {
    expect(session.stderr()).not.toContain(jira.pat);
  });
});

describe('the built server over stdio, against each fault', () => {
  describeFaultTable(() => jira, connectStdioClient);
});

describe('the built server with an invalid configuration', () => {
  it('starts, lists its tools and answers CONFIG naming what to set', async () => {
    const unconfigured = await connectStdioClient({ JIRA_TIMEOUT_MS: 'soon' });
    try {
      const tools = await unconfigured.client.listTools();
      expect(tools.tools.map((tool) => tool.name)).toEqual(['get_salesforce_associations']);
      const result = await unconfigured.call('get_salesforce_associations', { issues: ['SUP-42'] });
      expect(result.isError).toBe(true);
      const [entry] = (result.structuredContent as Results).results;
      expect(entry?.error?.code).toBe('CONFIG');
      expect(entry?.error?.message).toContain('JIRA_BASE_URL: is required');
      expect(entry?.error?.message).toContain('JIRA_TIMEOUT_MS: must be a whole number');
      expect(unconfigured.stderr()).toContain('Every tool call answers CONFIG until this is fixed.');
    } finally {
      await unconfigured.close();
    }
  });
});
