/**
 * Configuration as a surface gathers it: from the environment (strings) or from options
 * (CLI flags, n8n credentials, code). Every field is checked by `resolveConfig`.
 */
export interface ConfigInput {
  /** `JIRA_BASE_URL`: Jira DC base URL with its context path, if any. Required. */
  baseUrl?: string;
  /** `JIRA_PAT`: Personal Access Token, sent as Bearer. Preferred over Basic. */
  pat?: string;
  /** `JIRA_USERNAME`: Basic auth user, used only when no PAT is set. */
  username?: string;
  /** `JIRA_PASSWORD`: Basic auth password, used only when no PAT is set. */
  password?: string;
  /** `SALESFORCE_BASE_URL`: org URL used to build record links. Default: none, no links. */
  salesforceBaseUrl?: string;
  /** `JIRA_TIMEOUT_MS`: per-request timeout in milliseconds. Default 10000. */
  timeoutMs?: number | string;
  /** `JIRA_MAX_RETRIES`: retries for 429/502/503/504 and connection resets; 0 = none at all. Default 2. */
  maxRetries?: number | string;
  /** `JIRA_ALLOW_INSECURE_HTTP`: allow `http://` to a non-loopback host. Default false. */
  allowInsecureHttp?: boolean | string;
  /** `JIRA_CA_FILE`: PEM bundle trusted in addition to the system CAs. Default none. */
  caFile?: string;
  /** `JIRA_TLS_REJECT_UNAUTHORIZED`: false disables certificate checks for Jira. Default true. */
  tlsRejectUnauthorized?: boolean | string;
}

/** The environment variable behind each option: problems are reported under these names. */
export const configVariables = {
  baseUrl: 'JIRA_BASE_URL',
  pat: 'JIRA_PAT',
  username: 'JIRA_USERNAME',
  password: 'JIRA_PASSWORD',
  salesforceBaseUrl: 'SALESFORCE_BASE_URL',
  timeoutMs: 'JIRA_TIMEOUT_MS',
  maxRetries: 'JIRA_MAX_RETRIES',
  allowInsecureHttp: 'JIRA_ALLOW_INSECURE_HTTP',
  caFile: 'JIRA_CA_FILE',
  tlsRejectUnauthorized: 'JIRA_TLS_REJECT_UNAUTHORIZED',
} as const satisfies Record<keyof ConfigInput, string>;
