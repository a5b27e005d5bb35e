import type { ErrorCode } from '@sf-links/core';
import { type FakeJira, type FakeJiraScenarioName, startFakeJira } from '@sf-links/fake-jira';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectStdioClient, type StdioSession } from './support/connect-stdio-client.js';

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
            },
          ],
        },
        {
          issue: '11817',
          count: 1,
          associations: [
            {
              jiraIssueId: '11817',
              son: 'Case',
              soid: '500J80107019IG9ILM',
              viewOnly: false,
              autoPush: false,
              autoPull: true,
            },
          ],
        },
      ],
    });
  });

  const faults: { name: string; scenario?: FakeJiraScenarioName; issue?: string; code: ErrorCode }[] = [
    { name: 'a login page (SSO)', scenario: 'sso-page', code: 'UNAUTHORIZED' },
    { name: 'a redirect to an identity provider', scenario: 'sso-redirect-idp', code: 'UNAUTHORIZED' },
    { name: 'a hidden issue answered 403', scenario: 'not-found-as-403', issue: 'NOPE-9', code: 'FORBIDDEN' },
    { name: 'an unknown issue', issue: 'NOPE-9', code: 'NOT_FOUND' },
    { name: 'the add-on missing', scenario: 'addon-missing', code: 'ADDON_UNAVAILABLE' },
    { name: 'the add-on unlicensed', scenario: 'addon-unlicensed', code: 'ADDON_UNAVAILABLE' },
    { name: 'a 502 from the proxy', scenario: 'proxy-502', code: 'UPSTREAM_UNAVAILABLE' },
    { name: 'a 504 from the proxy', scenario: 'proxy-504', code: 'UPSTREAM_UNAVAILABLE' },
    { name: 'maintenance', scenario: 'maintenance', code: 'UPSTREAM_UNAVAILABLE' },
    { name: 'a dropped connection', scenario: 'drop', code: 'UPSTREAM_UNAVAILABLE' },
    { name: 'a stalled connection', scenario: 'stall', code: 'TIMEOUT' },
    { name: 'a body that is not JSON', scenario: 'invalid-json', code: 'INVALID_RESPONSE' },
    { name: "the vendor's trailing comma", scenario: 'trailing-comma', code: 'INVALID_RESPONSE' },
    { name: 'an issue in no accepted form', issue: 'SUP 42', code: 'INVALID_INPUT' },
  ];

  it.each(faults)('turns $name into an isError result with $code, then keeps serving', async (fault) => {
    jira.useScenario(fault.scenario ?? 'default');
    const issue = fault.issue ?? 'SUP-42';
    const result = await session.call('get_salesforce_associations', { issues: [issue] });
    jira.useScenario('default');
    expect(result.isError).toBe(true);
    const [entry] = (result.structuredContent as Results).results;
    expect(entry?.error?.code).toBe(fault.code);
    expect(result.content).toEqual([{ type: 'text', text: expect.stringContaining(`error ${fault.code}`) }]);
    const after = await session.call('get_salesforce_associations', { issues: ['SUP-42'] });
    expect(after.isError).toBe(false);
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
              soid: 'a0RE000000IJmcN',
              viewOnly: true,
              autoPush: false,
              autoPull: false,
            },
          ],
        },
      ],
    });
  });

  it('never shows the PAT in stderr', () => {
    expect(session.stderr()).not.toContain(jira.pat);
  });
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
