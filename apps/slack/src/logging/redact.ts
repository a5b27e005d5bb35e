const redacted = '[redacted]';

// A response URL lets anyone post into the channel for 30 minutes; tokens are secrets wherever they appear.
const patterns: readonly RegExp[] = [
  /https?:\/\/[^\s"'<>]*\/commands\/[^\s"'<>]*/gi,
  /https?:\/\/hooks\.slack\.com\/[^\s"'<>]*/gi,
  /\bxox[a-z]-[A-Za-z0-9-]+/g,
  /\bxapp-[A-Za-z0-9-]+/g,
];
// 20+ characters: a credential, not prose such as "Basic authentication".
const authorizationPattern = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{20,}/g;

/** Returns a function that removes the given secret values and anything shaped like a Slack secret. */
export function createRedactor(secrets: readonly (string | undefined)[]): (text: string) => string {
  const values = secrets
    .filter((secret): secret is string => typeof secret === 'string' && secret.length >= 4)
    .flatMap((secret) => [secret, Buffer.from(secret).toString('base64')])
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let result = text;
    for (const value of values) result = result.split(value).join(redacted);
    for (const pattern of patterns) result = result.replace(pattern, redacted);
    return result.replace(authorizationPattern, `$1 ${redacted}`);
  };
}
