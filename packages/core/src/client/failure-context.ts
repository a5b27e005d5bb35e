/** What a failure is about, so its message can name the issue, host and credentials kind. */
export interface FailureContext {
  operation: 'list' | 'add' | 'myself' | 'probe';
  host: string;
  /** The issue, normalised, when the operation is about one. */
  issue?: string;
  authKind: 'pat' | 'basic';
  /** Removes every form of the secret from texts quoted from Jira. */
  redact: (text: string) => string;
}
