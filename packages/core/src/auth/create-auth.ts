import type { Credentials } from '../config/resolve-config.js';
import type { AuthStrategy } from './auth-strategy.js';

function toBase64(text: string): string {
  // btoa works on Latin-1 only; encode UTF-8 first so any password is accepted.
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function createRedactor(secrets: string[]): (text: string) => string {
  const nonEmpty = secrets.filter((secret) => secret.length >= 3).sort((a, b) => b.length - a.length);
  return (text) => {
    let redacted = text;
    for (const secret of nonEmpty) redacted = redacted.split(secret).join('[redacted]');
    return redacted;
  };
}

/** A Personal Access Token sent as `Authorization: Bearer <token>`. */
export function createPatAuth(token: string): AuthStrategy {
  const header = `Bearer ${token}`;
  return Object.freeze({
    kind: 'pat' as const,
    username: undefined,
    authorize(headers: Record<string, string>) {
      headers.authorization = header;
    },
    redact: createRedactor([token]),
  });
}

/** Username and password sent as HTTP Basic. */
export function createBasicAuth(username: string, password: string): AuthStrategy {
  const encoded = toBase64(`${username}:${password}`);
  return Object.freeze({
    kind: 'basic' as const,
    username,
    authorize(headers: Record<string, string>) {
      headers.authorization = `Basic ${encoded}`;
    },
    redact: createRedactor([password, encoded]),
  });
}

/** The strategy for resolved credentials. */
export function createAuth(credentials: Credentials): AuthStrategy {
  return credentials.kind === 'pat'
    ? createPatAuth(credentials.token)
    : createBasicAuth(credentials.username, credentials.password);
}
