import { expect } from 'vitest';

/** No secret, and no response URL or its secret path, in any captured line. */
export function expectNoSecrets(
  lines: readonly string[],
  secrets: readonly string[],
  responseUrls: readonly string[],
): void {
  expect(lines.length).toBeGreaterThan(0);
  const forbidden = [
    ...secrets.filter((secret) => secret.length >= 4),
    ...secrets.filter((secret) => secret.length >= 4).map((secret) => Buffer.from(secret).toString('base64')),
    ...responseUrls,
    ...responseUrls.map((url) => new URL(url).pathname),
    'rUrLsEcReT',
  ];
  for (const line of lines) {
    for (const value of forbidden)
      expect(line, `log line leaks a secret: ${line.slice(0, 200)}`).not.toContain(value);
  }
}
