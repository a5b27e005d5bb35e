/** What a failure is about, so its message can name the issue, host and credentials kind. */
export interface FailureContext {
  operation: 'list' | 'add' | 'myself' | 'probe';
  host: string;
  /**
   * The base URL requests go to (JIRA_BASE_URL, normalised), when known: a redirect's target is
   * compared with it to tell where Jira moved. Optional; without it the host stands in.
   */
  baseUrl?: string;
  /** The issue, normalised, when the operation is about one. */
  issue?: string;
  authKind: 'pat' | 'basic';
  /** Removes every form of the secret from texts quoted from Jira. */
  redact: (text: string) => string;
}
