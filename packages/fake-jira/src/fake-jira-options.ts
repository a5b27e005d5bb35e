import type { FakeJiraSwitches } from './fake-jira-switches.js';
import type { FakeJiraScenarioName } from './scenarios.js';

/** Options of `startFakeJira`; any switch given here wins over the scenario's. */
export interface FakeJiraOptions extends Partial<FakeJiraSwitches> {
  /** Interface to listen on. Default `'127.0.0.1'`. */
  host?: string;
  /** Port to listen on; `0` picks a free one. Default `0`. */
  port?: number;
  /** Context path Jira is served under, e.g. `'/jira'` (behaviour 16). Default `''`. */
  contextPath?: string;
  /** A preset of switches, applied before the explicit switches. Default `'default'`. */
  scenario?: FakeJiraScenarioName;
  /** Serve HTTPS with this key and certificate (PEM). Default: plain HTTP. */
  tls?: { key: string | Buffer; cert: string | Buffer };
}
