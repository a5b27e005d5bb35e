/** Token bucket settings of Jira's rate limiting (behaviour 15). */
export interface RateLimitSettings {
  /** Size of the bucket (`X-RateLimit-Limit`); the bucket starts full. */
  capacity: number;
  /** Tokens added per interval, in one batch (`X-RateLimit-FillRate`). */
  fillRate: number;
  /** Length of one interval in seconds (`X-RateLimit-Interval-Seconds`). */
  intervalSeconds: number;
}

/**
 * Faults put in front of Jira: an SSO gateway, a failing proxy, a reindex, a Jira still starting
 * (`/status` says STARTING, REST calls get 503), a plain redirect to where Jira moved (`movedTo`),
 * a broken body.
 */
export type FakeJiraFault =
  | 'sso-page'
  | 'sso-redirect-idp'
  | 'sso-redirect-login'
  | 'proxy-502'
  | 'proxy-503'
  | 'proxy-504'
  | 'stall'
  | 'drop'
  | 'maintenance'
  | 'starting'
  | 'moved-redirect'
  | 'invalid-json'
  | 'trailing-comma';

/** Every behaviour of the fake that a test can change. Numbers refer to jira-dc-behaviour.md. */
export interface FakeJiraSwitches {
  /** How a lower-case issue key answers (behaviour 4, unconfirmed for the add-on). Default `'resolve'`. */
  lowercaseKeys: 'resolve' | 'not-found';
  /** Old keys of moved issues → current key; resolved without any redirect (behaviour 4). Default `{ 'OLDSUP-7': 'SUP-42' }`. */
  movedKeys: Record<string, string>;
  /** Status for unknown issues and issues the user cannot browse (behaviour 8). Default `404`. */
  hiddenIssueAnswer: 404 | 403;
  /** Whether the admin allows Basic auth on REST (behaviour 7). Default `'enabled'`. */
  basicAuth: 'enabled' | 'disabled';
  /** Failed Basic logins after which every Basic call gets a CAPTCHA 403 (behaviour 6). Default `3`. */
  captchaAfter: number;
  /** State of the Connector add-on (behaviour 14). Default `'installed'`. */
  addon: 'installed' | 'missing' | 'unlicensed';
  /** Body of a successful POST (behaviour 10, unconfirmed). Default `'envelope'`. */
  postResponse: 'envelope' | 'empty' | 'array';
  /** What `replace=true` with `[]` does (behaviour 10, unconfirmed). Default `'clears'`. */
  replaceWithEmpty: 'clears' | 'rejected';
  /** Most associations one issue may hold (behaviour 11). Default `1000`. */
  associationLimit: number;
  /** Rate limiting per user, or `null` for none (behaviour 15). Default `null`. */
  rateLimit: RateLimitSettings | null;
  /** A fault in front of Jira (behaviours 17, 18, 19), or `null`. Default `null`. */
  fault: FakeJiraFault | null;
  /** `Retry-After` seconds sent with proxy and maintenance faults, or `null` for none. Default `null`. */
  faultRetryAfter: number | null;
  /** Apply the fault to the next N API requests only, then behave normally; `null` for always. Default `null`. */
  faultTimes: number | null;
  /** Delay in milliseconds before answering any API request (a slow Jira). Default `0`. */
  latencyMs: number;
  /**
   * Where the `moved-redirect` fault sends requests (301): this base URL (origin and context path)
   * followed by the requested path below the context path and the query, e.g. `https://…` for an
   * http → https redirect. Default `'https://jira-new.example.com'`.
   */
  movedTo: string;
  /** `X-ANODEID` sent on every answer, as a Jira cluster node does, or `null` (no cluster). Default `null`. */
  clusterNodeId: string | null;
}

/** A fresh copy of the default switches. */
export function defaultFakeJiraSwitches(): FakeJiraSwitches {
  return {
    lowercaseKeys: 'resolve',
    movedKeys: { 'OLDSUP-7': 'SUP-42' },
    hiddenIssueAnswer: 404,
    basicAuth: 'enabled',
    captchaAfter: 3,
    addon: 'installed',
    postResponse: 'envelope',
    replaceWithEmpty: 'clears',
    associationLimit: 1000,
    rateLimit: null,
    fault: null,
    faultRetryAfter: null,
    faultTimes: null,
    latencyMs: 0,
    movedTo: 'https://jira-new.example.com',
    clusterNodeId: null,
  };
}
