import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PassThrough {
  /** The target's base URL (context path kept), through the pass-through. */
  baseUrl: string;
  close(): Promise<void>;
}

export interface PassThroughOptions {
  /** Answers (or deliberately never answers) a request itself; `true` means it is not forwarded. */
  intercept?: (incoming: IncomingMessage, outgoing: ServerResponse) => boolean;
  /** Sees the status of each forwarded request's answer. */
  onAnswer?: (incoming: IncomingMessage, status: number) => void;
}

/**
 * A loopback HTTP pass-through in front of a Jira, for faults the fake cannot produce on its own
 * (one method or one issue failing while the rest work): tests build them from `intercept`.
 */
export async function startPassThrough(
  targetBaseUrl: string,
  options: PassThroughOptions = {},
): Promise<PassThrough> {
  const target = new URL(targetBaseUrl);
  const server = createServer((incoming, outgoing) => {
    if (options.intercept?.(incoming, outgoing)) return;
    const forwarded = request(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: target.host },
      },
      (answer) => {
        options.onAnswer?.(incoming, answer.statusCode ?? 502);
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
