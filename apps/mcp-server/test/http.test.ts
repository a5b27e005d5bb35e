import { request as httpRequest } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { type FakeJira, startFakeJira } from '@sf-links/fake-jira';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFaultTable, type McpSession } from './support/fault-table.js';
import { type HttpBin, startHttpBin } from './support/start-http-bin.js';

const token = 'mcp-endpoint-token-for-tests';
let jira: FakeJira;
let bin: HttpBin;

beforeAll(async () => {
  jira = await startFakeJira({ port: 0 });
  bin = await startHttpBin({
    JIRA_BASE_URL: jira.baseUrl,
    JIRA_PAT: jira.pat,
    JIRA_MAX_RETRIES: '0',
    SF_LINKS_MCP_HTTP_TOKEN: token,
  });
});

afterAll(async () => {
  await bin?.stop();
  await jira?.close();
});

async function connect(bearer = token): Promise<Client> {
  const client = new Client({ name: 'e2e-http', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(bin.url), {
    requestInit: { headers: { authorization: `Bearer ${bearer}` } },
  });
  await client.connect(transport);
  return client;
}

async function lookup(client: Client, issues: string[]): Promise<CallToolResult> {
  return (await client.callTool({
    name: 'get_salesforce_associations',
    arguments: { issues },
  })) as CallToolResult;
}

/** A raw request, to send what fetch refuses to (a foreign Host header) and read status and body. */
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: Record<string, unknown>; json: unknown }> {
  const url = new URL(bin.url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        method,
        headers: { 'content-type': 'application/json', ...headers },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, json: JSON.parse(text) }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const listTools = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} });
const accept = { accept: 'application/json, text/event-stream' };

describe('the built server over Streamable HTTP', () => {
  it('answers the documented records and lists only the read tool (writes not enabled)', async () => {
    const client = await connect();
    try {
      expect((await client.listTools()).tools.map((tool) => tool.name)).toEqual([
        'get_salesforce_associations',
      ]);
      const result = await lookup(client, ['SUP-42', 'SUP-43']);
      expect(result.isError).toBe(false);
      const soids = (
        result.structuredContent as { results: { associations: { soid: string }[] }[] }
      ).results.map((entry) => entry.associations.map((association) => association.soid));
      expect(soids).toEqual([['500J80000019IF9IAM'], ['500J80107019IG9ILM']]);
    } finally {
      await client.close();
    }
  });

  it('turns an upstream failure into an isError result and keeps serving', async () => {
    const client = await connect();
    try {
      jira.useScenario('addon-missing');
      const failed = await lookup(client, ['SUP-42']);
      jira.useScenario('default');
      expect(failed.isError).toBe(true);
      expect(failed.structuredContent).toMatchObject({ results: [{ error: { code: 'ADDON_UNAVAILABLE' } }] });
      expect((await lookup(client, ['SUP-42'])).isError).toBe(false);
    } finally {
      await client.close();
    }
  });

  it('serves 50 concurrent clients, each its own answer', async () => {
    const issues = Array.from({ length: 50 }, (_, index) => {
      const soid = `a0RE${String(index).padStart(11, '0')}`;
      const issue = { id: String(40_000 + index), key: `LOAD-${index + 1}`, soid };
      jira.seedIssue({
        id: issue.id,
        key: issue.key,
        associations: [{ jiraIssueId: issue.id, son: 'Account', soid }],
      });
      return issue;
    });
    const answers = await Promise.all(
      issues.map(async (issue) => {
        const client = await connect();
        try {
          const result = await lookup(client, [issue.key]);
          return (
            result.structuredContent as { results: { issue: string; associations: { soid: string }[] }[] }
          ).results;
        } finally {
          await client.close();
        }
      }),
    );
    answers.forEach((results, index) => {
      expect(results).toHaveLength(1);
      expect(results[0]?.issue).toBe(issues[index]?.key);
      expect(results[0]?.associations.map((association) => association.soid)).toEqual([issues[index]?.soid]);
    });
  });

  it('refuses a missing or wrong bearer token with 401 and a JSON-RPC body', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token' },
      { authorization: token },
    ];
    for (const headers of attempts) {
      const answer = await send('POST', '/mcp', { ...accept, ...headers }, listTools);
      expect(answer.status).toBe(401);
      expect(answer.headers['www-authenticate']).toBe('Bearer');
      expect(answer.json).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32001 } });
    }
    await expect(connect('wrong-token')).rejects.toThrow(/401|Unauthorized/);
  });

  it('refuses a foreign Host or Origin (DNS rebinding) with 403', async () => {
    const authorized = { ...accept, authorization: `Bearer ${token}` };
    const badHost = await send('POST', '/mcp', { ...authorized, host: 'evil.example:80' }, listTools);
    expect(badHost.status).toBe(403);
    expect(badHost.json).toMatchObject({
      jsonrpc: '2.0',
      error: { message: expect.stringContaining('Host') },
    });
    const badOrigin = await send('POST', '/mcp', { ...authorized, origin: 'http://evil.example' }, listTools);
    expect(badOrigin.status).toBe(403);
    const goodOrigin = await send(
      'POST',
      '/mcp',
      { ...authorized, origin: 'http://localhost:5173' },
      listTools,
    );
    expect(goodOrigin.status).toBe(200);
  });

  it('answers every other request with a JSON-RPC error body (405, 404, 400)', async () => {
    const authorized = { ...accept, authorization: `Bearer ${token}` };
    for (const method of ['GET', 'DELETE']) {
      const answer = await send(method, '/mcp', authorized);
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('POST');
      expect(answer.json).toMatchObject({ jsonrpc: '2.0', error: { code: -32000 } });
    }
    const notFound = await send('POST', '/other', authorized, listTools);
    expect(notFound.status).toBe(404);
    expect(notFound.json).toMatchObject({
      jsonrpc: '2.0',
      error: { message: expect.stringContaining('/mcp') },
    });
    const notJson = await send('POST', '/mcp', authorized, '{"jsonrpc":');
    expect(notJson.status).toBe(400);
    expect(notJson.json).toMatchObject({ jsonrpc: '2.0', error: { code: -32700 } });
  });

  it('never shows the PAT or the endpoint token on stderr', () => {
    expect(bin.stderr()).toContain('listening on http://127.0.0.1:');
    expect(bin.stderr()).not.toContain(jira.pat);
    expect(bin.stderr()).not.toContain(token);
  });
});

/** A server of its own with `env`, and an SDK client connected to it over Streamable HTTP. */
async function openHttpSession(env: Record<string, string>): Promise<McpSession> {
  const server = await startHttpBin(env);
  const client = new Client({ name: 'e2e-http-faults', version: '1.0.0' });
  try {
    await client.connect(new StreamableHTTPClientTransport(new URL(server.url)));
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    call: async (name, args) => (await client.callTool({ name, arguments: args })) as CallToolResult,
    close: async () => {
      await client.close();
      await server.stop();
    },
  };
}

describe('the built server over Streamable HTTP, against each fault', () => {
  describeFaultTable(() => jira, openHttpSession);
});
