import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReadBackBreaker {
  /** The fake's base URL, through the breaker. */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * A pass-through in front of a Jira that breaks every GET after the first POST went through: the
 * write succeeds and its read-back gets a body that is not JSON (INVALID_RESPONSE, never retried).
 * The fake cannot fail one method only, hence this stand-in for a Jira that falls over mid-call.
 */
export async function startReadBackBreaker(targetBaseUrl: string): Promise<ReadBackBreaker> {
  const target = new URL(targetBaseUrl);
  let posted = false;
  const server = createServer((incoming, outgoing) => {
    if (posted && incoming.method === 'GET') {
      outgoing.writeHead(200, { 'content-type': 'application/json' }).end('{"broken');
      return;
    }
    const forwarded = request(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: target.host },
      },
      (answer) => {
        if (incoming.method === 'POST' && (answer.statusCode ?? 500) < 300) posted = true;
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
