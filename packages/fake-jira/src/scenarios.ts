import type { FakeJiraSwitches } from './fake-jira-switches.js';

/** Every named preset of switches, for CLIs to validate a `--scenario` value. */
export const fakeJiraScenarioNames = [
  'default',
  'sso-page',
  'sso-redirect-idp',
  'sso-redirect-login',
  'proxy-502',
  'proxy-503',
  'proxy-504',
  'stall',
  'drop',
  'maintenance',
  'starting',
  'moved-redirect',
  'cluster',
  'rate-limited',
  'basic-disabled',
  'addon-missing',
  'addon-unlicensed',
  'not-found-as-403',
  'invalid-json',
  'trailing-comma',
  'slow',
] as const;

export type FakeJiraScenarioName = (typeof fakeJiraScenarioNames)[number];

/** The switches each scenario changes from the defaults. */
export const fakeJiraScenarios: Readonly<Record<FakeJiraScenarioName, Partial<FakeJiraSwitches>>> = {
  default: {},
  'sso-page': { fault: 'sso-page' },
  'sso-redirect-idp': { fault: 'sso-redirect-idp' },
  'sso-redirect-login': { fault: 'sso-redirect-login' },
  'proxy-502': { fault: 'proxy-502' },
  'proxy-503': { fault: 'proxy-503' },
  'proxy-504': { fault: 'proxy-504' },
  stall: { fault: 'stall' },
  drop: { fault: 'drop' },
  maintenance: { fault: 'maintenance' },
  starting: { fault: 'starting' },
  'moved-redirect': { fault: 'moved-redirect' },
  cluster: { clusterNodeId: 'node-1' },
  'rate-limited': { rateLimit: { capacity: 5, fillRate: 5, intervalSeconds: 1 } },
  'basic-disabled': { basicAuth: 'disabled' },
  'addon-missing': { addon: 'missing' },
  'addon-unlicensed': { addon: 'unlicensed' },
  'not-found-as-403': { hiddenIssueAnswer: 403 },
  'invalid-json': { fault: 'invalid-json' },
  'trailing-comma': { fault: 'trailing-comma' },
  slow: { latencyMs: 5000 },
};

/** Whether a string names a scenario. */
export function isFakeJiraScenarioName(name: string): name is FakeJiraScenarioName {
  return (fakeJiraScenarioNames as readonly string[]).includes(name);
}
