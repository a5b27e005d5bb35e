import type { FakeJiraSwitches } from '../fake-jira-switches.js';
import type { IssueStore } from '../issue-store.js';
import type { RateLimiter } from '../rate-limiter.js';
import type { RecordedRequest } from '../recorded-request.js';

/** The demo user's credentials. */
export interface FakeJiraCredentials {
  pat: string;
  username: string;
  password: string;
}

/** Everything one fake instance knows; the request handler reads and changes it. */
export interface ServerState {
  switches: FakeJiraSwitches;
  readonly store: IssueStore;
  readonly credentials: FakeJiraCredentials;
  readonly requests: RecordedRequest[];
  /** `'' | '/jira'`: no trailing slash. */
  readonly contextPath: string;
  /** `http://127.0.0.1:43123` — set once listening. */
  origin: string;
  /** Failed Basic logins of the demo user since the last success or admin reset (behaviour 6). */
  basicFailures: number;
  rateLimiter: RateLimiter | null;
  requestCount: number;
  /** Waits a while; never settles once the fake is closed. */
  delay(milliseconds: number): Promise<void>;
}
