import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { ErrorCode } from '@sf-links/core';
import type { FakeJira, FakeJiraScenarioName, FakeJiraSwitches } from '@sf-links/fake-jira';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A connected MCP client of the built server, whatever the transport. */
export interface McpSession {
  call(name: string, args: Record<string, unknown>): Promise<CallToolResult>;
  close(): Promise<void>;
}

export interface Fault {
  name: string;
  /** The fake's named scenario during the call. */
  scenario?: FakeJiraScenarioName;
  /** Switches set on top of the scenario. */
  switches?: Partial<FakeJiraSwitches>;
  /** Issues of the call. Default `['SUP-42']`. */
  issues?: string[];
  /** Environment over `faultServerEnv`; the fault then gets a server of its own. */
  env?: Record<string, string>;
  /** A server of its own even with the shared environment (the fault leaves the client changed). */
  ownServer?: boolean;
  code: ErrorCode;
  /** A part of the message the result must carry. */
  says?: string;
}

/** Fast per-request timeout and no retries, so every fault answers within a second. */
export function faultServerEnv(jira: FakeJira): Record<string, string> {
  return {
    JIRA_BASE_URL: jira.baseUrl,
    JIRA_PAT: jira.pat,
    JIRA_MAX_RETRIES: '0',
    JIRA_TIMEOUT_MS: '500',
  };
}

/**
 * Every fault the fake Jira can put on a read that fails the whole call, with the code each must
 * answer; the stdio and HTTP end-to-end tests both run all of them. (`basic-disabled` needs Basic
 * credentials: the stdout-purity test covers it. `rate-limited` alone fails no single request.)
 */
export const faults: Fault[] = [
  { name: 'a login page (SSO)', scenario: 'sso-page', code: 'UNAUTHORIZED' },
  { name: 'a redirect to an identity provider', scenario: 'sso-redirect-idp', code: 'UNAUTHORIZED' },
  { name: "a redirect to Jira's login page", scenario: 'sso-redirect-login', code: 'UNAUTHORIZED' },
  {
    name: 'a wrong or expired PAT (401)',
    env: { JIRA_PAT: 'expired-personal-access-token' },
    code: 'UNAUTHORIZED',
    says: 'JIRA_PAT',
  },
  {
    name: 'a hidden issue answered 403',
    scenario: 'not-found-as-403',
    issues: ['NOPE-9'],
    code: 'FORBIDDEN',
  },
  { name: 'an unknown issue', issues: ['NOPE-9'], code: 'NOT_FOUND' },
  { name: 'the add-on missing', scenario: 'addon-missing', code: 'ADDON_UNAVAILABLE' },
  { name: 'the add-on unlicensed', scenario: 'addon-unlicensed', code: 'ADDON_UNAVAILABLE' },
  {
    name: 'Jira answering 429 to every request',
    switches: { rateLimit: { capacity: 0, fillRate: 1, intervalSeconds: 60 } },
    // The client then rightly holds its requests for Jira's 60 s refill.
    ownServer: true,
    code: 'RATE_LIMITED',
  },
  { name: 'a 502 from the proxy', scenario: 'proxy-502', code: 'UPSTREAM_UNAVAILABLE' },
  { name: 'a 503 from the proxy', scenario: 'proxy-503', code: 'UPSTREAM_UNAVAILABLE' },
  { name: 'a 504 from the proxy', scenario: 'proxy-504', code: 'UPSTREAM_UNAVAILABLE' },
  { name: 'maintenance', scenario: 'maintenance', code: 'UPSTREAM_UNAVAILABLE' },
  { name: 'a dropped connection', scenario: 'drop', code: 'UPSTREAM_UNAVAILABLE' },
  { name: 'a stalled connection', scenario: 'stall', code: 'TIMEOUT' },
  { name: 'a slow Jira (5 s per answer)', scenario: 'slow', code: 'TIMEOUT' },
  {
    name: "a stalled batch of 50 at the call's deadline",
    scenario: 'stall',
    issues: Array.from({ length: 50 }, (_, index) => `SUP-${index + 1}`),
    env: { JIRA_TIMEOUT_MS: '60000', SF_LINKS_MCP_DEADLINE_MS: '800' },
    code: 'TIMEOUT',
    says: "within this call's 0.8 s deadline",
  },
  { name: 'a body that is not JSON', scenario: 'invalid-json', code: 'INVALID_RESPONSE' },
  { name: "the vendor's trailing comma", scenario: 'trailing-comma', code: 'INVALID_RESPONSE' },
  { name: 'an issue in no accepted form', issues: ['SUP 42'], code: 'INVALID_INPUT' },
];

type Results = { results: { issue: string; error?: { code: ErrorCode; message: string } }[] };

/**
 * Registers one test per fault: the call answers `isError` with the fault's code on every issue,
 * in `structuredContent` and in the text, within a few seconds; a shared server keeps serving.
 */
export function describeFaultTable(
  jira: () => FakeJira,
  open: (env: Record<string, string>) => Promise<McpSession>,
): void {
  describe('every fault of the fake Jira', () => {
    let shared: McpSession;

    beforeAll(async () => {
      shared = await open(faultServerEnv(jira()));
    });

    afterAll(async () => {
      await shared?.close();
    });

    it.each(faults)('turns $name into an isError result with $code', async (fault) => {
      const fake = jira();
      const own =
        fault.env || fault.ownServer ? await open({ ...faultServerEnv(fake), ...fault.env }) : undefined;
      const session = own ?? shared;
      const issues = fault.issues ?? ['SUP-42'];
      try {
        fake.useScenario(fault.scenario ?? 'default');
        if (fault.switches) fake.configure(fault.switches);
        const started = performance.now();
        const result = await session
          .call('get_salesforce_associations', { issues })
          .finally(() => fake.useScenario('default'));
        expect(performance.now() - started).toBeLessThan(5000);
        expect(result.isError).toBe(true);
        const { results } = result.structuredContent as Results;
        expect(results.map((entry) => entry.error?.code)).toEqual(issues.map(() => fault.code));
        if (fault.says) expect(results[0]?.error?.message).toContain(fault.says);
        expect(result.content).toEqual([
          { type: 'text', text: expect.stringContaining(`error ${fault.code}`) },
        ]);
        const secrets = [fake.pat, fault.env?.JIRA_PAT].filter((secret) => secret !== undefined);
        for (const secret of secrets) expect(JSON.stringify(result)).not.toContain(secret);
        const after = await session.call('get_salesforce_associations', { issues: ['SUP-42'] });
        if (!own) expect(after.isError).toBe(false);
      } finally {
        await own?.close();
      }
    });
  });
}
