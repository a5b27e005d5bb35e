import { SfLinksError } from './sf-links-error.js';
import { toSfLinksError } from './to-sf-links-error.js';

/**
 * A failure of the read after a successful write: the write happened, so the message must say so
 * rather than report the write as failed (the code stays the read's, for retries and exit codes).
 */
export function toReadBackError(error: unknown, issue: string): SfLinksError {
  const failure = toSfLinksError(error, issue);
  return new SfLinksError({
    code: failure.code,
    detail: `Jira accepted the write to ${issue}, but reading back what the issue holds failed: ${failure.detail}`,
    hint: `The records were sent: look ${issue} up again later to see them.${failure.hint ? ` ${failure.hint}` : ''}`,
    issue,
    host: failure.host,
    cause: failure,
  });
}
