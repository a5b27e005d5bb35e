import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StallingProxy {
  /** The target's base URL, through the proxy. */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * A pass-through in front of the fake Jira that never answers requests whose path contains one of
 * `stalled` (the fake's `stall` scenario stalls every request; this stalls some issues only).
 */
export async function startStallingProxy(
  targetBaseUrl: string,
  stalled: readonly string[],
): Promise<StallingProxy> {
  const target = new URL(targetBaseUrl);
  const server = createServer((incoming, outgoing) => {
    if (stalled.some((marker) => incoming.url?.includes(marker))) return;
    const forwarded = request(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: target.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${target.pathname.replace(/\/$/, '')}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
