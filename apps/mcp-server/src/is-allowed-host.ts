const loopbackHostnames = ['localhost', '127.0.0.1', '[::1]'];
const wildcardHosts = new Set(['0.0.0.0', '::', '[::]']);

/** Hostnames the HTTP endpoint answers to: loopback, the bound host, and any the user allowed. */
export function allowedHostnames(boundHost: string, extra: readonly string[]): Set<string> {
  const names = new Set([...loopbackHostnames, ...extra.map(normaliseHostname)]);
  if (!wildcardHosts.has(boundHost)) names.add(normaliseHostname(boundHost));
  return names;
}

function normaliseHostname(name: string): string {
  const lower = name.trim().toLowerCase();
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower;
}

/**
 * DNS-rebinding protection: a page on evil.example that resolves its name to 127.0.0.1 still sends
 * `Host: evil.example` (and its own Origin), so both must name an allowed host. The port is ignored.
 */
export function isAllowedHost(hostHeader: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (!hostHeader) return false;
  try {
    return allowed.has(new URL(`http://${hostHeader}`).hostname);
  } catch {
    return false;
  }
}

/** A browser's Origin must be an allowed host too; clients that are not browsers send none. */
export function isAllowedOrigin(origin: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && allowed.has(url.hostname);
  } catch {
    return false;
  }
}
