import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CaughtReply {
  path: string;
  contentType: string | undefined;
  body: unknown;
  receivedAt: number;
}

export interface ResponseCatcher {
  readonly baseUrl: string;
  readonly replies: CaughtReply[];
  /** A fresh response URL shaped like Slack's (`/commands/<team>/<id>/<secret>`). */
  nextResponseUrl(): string;
  /** Status to answer with from now on (Slack answers 404 for an expired URL); 'never' hangs. */
  answerWith(status: number | 'never'): void;
  /** Resolves with the replies posted to `url` once there are `count`; rejects after `timeoutMs`. */
  waitForReplies(url: string, count?: number, timeoutMs?: number): Promise<CaughtReply[]>;
  repliesTo(url: string): CaughtReply[];
  /** Connections the app holds open to the catcher right now. */
  openConnections(): Promise<number>;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Stands in for the command's response URL: records every POST body (JSON, as Slack receives it). */
export async function startResponseCatcher(): Promise<ResponseCatcher> {
  const replies: CaughtReply[] = [];
  const waiters = new Set<() => void>();
  let status: number | 'never' = 200;
  let counter = 0;
  const server = createServer((request, response) => {
    void readBody(request).then((text) => {
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // kept as text: the test will see it is not JSON
      }
      replies.push({
        path: request.url ?? '',
        contentType: request.headers['content-type'],
        body,
        receivedAt: Date.now(),
      });
      for (const waiter of waiters) waiter();
      if (status === 'never') return; // the socket is destroyed by close()
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end(status === 200 ? 'ok' : 'expired_url');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pathOf = (url: string) => new URL(url).pathname;
  const repliesTo = (url: string) => replies.filter((reply) => reply.path === pathOf(url));

  return {
    baseUrl,
    replies,
    nextResponseUrl() {
      counter += 1;
      return `${baseUrl}/commands/T0SFLINKS/${1000 + counter}/rUrLsEcReT${counter}x${Math.random().toString(36).slice(2, 10)}`;
    },
    answerWith(next) {
      status = next;
    },
    repliesTo,
    openConnections: () =>
      new Promise((resolve, reject) =>
        server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
      ),
    waitForReplies(url, count = 1, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = repliesTo(url);
          if (found.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `Expected ${count} reply(ies) to ${pathOf(url)} within ${timeoutMs} ms, got ${repliesTo(url).length}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
