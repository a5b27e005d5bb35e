import type { FakeJiraSwitches } from './fake-jira-switches.js';
import type { RecordedRequest } from './recorded-request.js';
import type { FakeJiraScenarioName } from './scenarios.js';
import type { SeedAssociation } from './seed-association.js';

/** An issue to add to (or replace in) a running fake. */
export interface SeedIssueInput {
  /** Numeric id, as a string. */
  id: string;
  key: string;
  associations?: SeedAssociation[];
  /** The demo user may POST to it. Default `true`. */
  editable?: boolean;
  /** The demo user may browse it. Default `true`. */
  visible?: boolean;
}

/** A running fake Jira DC with the Connector add-on. */
export interface FakeJira {
  /** E.g. `http://127.0.0.1:43123/jira`, without a trailing slash. */
  readonly baseUrl: string;
  readonly port: number;
  /** A valid Personal Access Token of the demo user (send as `Bearer`). */
  readonly pat: string;
  /** The demo user's name for Basic auth (`demo`). */
  readonly username: string;
  /** The demo user's password for Basic auth. */
  readonly password: string;
  /** Everything received, in order, with `Authorization`, `Proxy-Authorization` and `Cookie` redacted. */
  readonly requests: RecordedRequest[];
  /** Changes behaviour at runtime; switches not given keep their value. */
  configure(switches: Partial<FakeJiraSwitches>): void;
  /** Resets every switch to its default, then applies the preset. */
  useScenario(name: FakeJiraScenarioName): void;
  /** The admin reset that clears the Basic-auth CAPTCHA (behaviour 6). */
  resetCaptcha(): void;
  /** Adds an issue, or replaces the one with the same id. */
  seedIssue(issue: SeedIssueInput): void;
  /** What is stored now for an issue (exact id or key); `[]` when unknown. */
  associationsOf(idOrKey: string): SeedAssociation[];
  /** Closes the server and destroys every open socket, stalled ones included. */
  close(): Promise<void>;
}
