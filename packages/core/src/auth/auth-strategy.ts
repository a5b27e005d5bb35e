/**
 * Decorates a request with credentials. The transport never knows which kind it carries, and the
 * secret is reachable only through `authorize` (it is not an enumerable field, so it cannot end up
 * in a log of the config object).
 */
export interface AuthStrategy {
  readonly kind: 'pat' | 'basic';
  /** The user name for Basic, for messages; undefined for a PAT. */
  readonly username: string | undefined;
  /** Adds the Authorization header. */
  authorize(headers: Record<string, string>): void;
  /** Replaces every form of the secret (raw, base64, header value) in a text with `[redacted]`. */
  redact(text: string): string;
}
