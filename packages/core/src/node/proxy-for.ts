/** The proxy settings the transport applies (HTTP_PROXY, HTTPS_PROXY, NO_PROXY). */
export interface ProxySettings {
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
}

/** The proxy a request went through, as error messages may show it. */
export interface UsedProxy {
  /** host:port only: a proxy URL may carry credentials (http://user:password@proxy:3128). */
  host: string;
  /** The variable that set it. */
  variable: 'HTTP_PROXY' | 'HTTPS_PROXY';
}

const defaultPorts: Record<string, number> = { 'http:': 80, 'https:': 443 };

/** Whether NO_PROXY exempts the host, by the rules of undici's EnvHttpProxyAgent (which sends). */
function exempted(url: URL, noProxy: string): boolean {
  if (noProxy === '*') return true;
  const hostname = url.host.replace(/:\d*$/, '').toLowerCase();
  const port = Number.parseInt(url.port, 10) || defaultPorts[url.protocol] || 0;
  for (const entry of noProxy.split(/[,\s]/)) {
    if (!entry) continue;
    const parsed = entry.match(/^(.+):(\d+)$/);
    const entryHost = (parsed ? (parsed[1] as string) : entry).replace(/^\*?\./, '').toLowerCase();
    const entryPort = parsed ? Number.parseInt(parsed[2] as string, 10) : 0;
    if (entryPort && entryPort !== port) continue;
    if (hostname === entryHost || hostname.endsWith(`.${entryHost}`)) return true;
  }
  return false;
}

/** host:port of a proxy URL, never its user or password. */
function proxyHost(value: string): string {
  for (const candidate of [value, `http://${value}`]) {
    try {
      const host = new URL(candidate).host;
      if (host) return host;
    } catch {
      // Not a URL this way: try the next.
    }
  }
  return 'the configured address';
}

/** The proxy a request to `url` goes through, or undefined when it goes directly. */
export function proxyFor(url: string, proxy: ProxySettings): UsedProxy | undefined {
  const target = new URL(url);
  const https = target.protocol === 'https:';
  // As in EnvHttpProxyAgent: https:// falls back to HTTP_PROXY when HTTPS_PROXY is not set.
  const [value, variable] =
    https && proxy.httpsProxy
      ? [proxy.httpsProxy, 'HTTPS_PROXY' as const]
      : [proxy.httpProxy, 'HTTP_PROXY' as const];
  if (!value || exempted(target, proxy.noProxy ?? '')) return undefined;
  return { host: proxyHost(value), variable };
}
