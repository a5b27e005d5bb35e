const loopbackHostnames = ['localhost', '127.0.0.1', '[::1]'];
/** Binding to every interface names no host of its own. */
const wildcardHostnames = new Set(['0.0.0.0', '[::]']);

/**
 * The hostname of an `--allowed-host` or `--host` value, as `URL` spells it in a Host header: lower
 * case, a port dropped (`name:8080` → `name`), IPv6 in brackets (`::1` and `[::1]:3000` → `[::1]`).
 * Undefined when the value is no hostname at all.
 */
export function normaliseHostname(name: string): string | undefined {
  const value = name.trim();
  if (value === '' || /[\s/@?#]/.test(value)) return undefined;
  // Two colons or more outside brackets can only be a bare IPv6 address (host:port has one).
  const bracketed = !value.startsWith('[') && (value.match(/:/g)?.length ?? 0) > 1 ? `[${value}]` : value;
  try {
    return new URL(`http://${bracketed}`).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** Hostnames the HTTP endpoint answers to: loopback, the bound host, and any the user allowed. */
export function allowedHostnames(boundHost: string, extra: readonly string[]): Set<string> {
  const names = new Set(loopbackHostnames);
  for (const name of extra) {
    const hostname = normaliseHostname(name);
    if (hostname) names.add(hostname);
  }
  const bound = normaliseHostname(boundHost);
  if (bound && !wildcardHostnames.has(bound)) names.add(bound);
  return names;
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
