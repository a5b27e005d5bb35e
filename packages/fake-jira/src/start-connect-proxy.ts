import { createServer, request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';

/** A running local forward proxy. */
export interface ConnectProxy {
  /** E.g. `http://127.0.0.1:43124`. */
  readonly url: string;
  /** Each CONNECT target received, as `host:port`, in order. */
  readonly connects: string[];
  /** Each absolute-form URL forwarded as plain HTTP, in order. */
  readonly forwarded: string[];
  /** Closes the proxy and destroys every open socket and tunnel. */
  close(): Promise<void>;
}

const hopByHopHeaders = new Set(['proxy-authorization', 'proxy-connection', 'connection', 'keep-alive']);

/** Starts an HTTP proxy on 127.0.0.1 with CONNECT tunnelling and absolute-form plain-HTTP forwarding. */
export async function startConnectProxy(): Promise<ConnectProxy> {
  const connects: string[] = [];
  const forwarded: string[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const server = createServer((request, response) => {
    let target: URL;
    try {
      target = new URL(request.url ?? '');
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Absolute-form request URL required');
      return;
    }
    forwarded.push(target.href);
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(([name]) => !hopByHopHeaders.has(name.toLowerCase())),
    );
    const upstream = httpRequest(target, { method: request.method, headers }, (upstreamResponse) => {
      response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
      upstreamResponse.pipe(response);
    });
    upstream.on('socket', track);
    upstream.on('error', () => {
      if (response.headersSent) response.destroy();
      else response.writeHead(502, { 'Content-Type': 'text/plain' }).end('Bad Gateway');
    });
    request.pipe(upstream);
  });
  server.on('connection', track);
  server.on('connect', (request, clientSocket: Socket, head: Buffer) => {
    const target = request.url ?? '';
    connects.push(target);
    const colon = target.lastIndexOf(':');
    const host = target.slice(0, colon).replace(/^\[|\]$/g, '');
    const port = Number(target.slice(colon + 1));
    if (colon < 0 || !Number.isInteger(port) || port <= 0) {
      clientSocket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      return;
    }
    const upstream = connect(port, host, () => {
      clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(clientSocket);
      clientSocket.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => {
      if (clientSocket.writable) clientSocket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    });
    clientSocket.on('error', () => upstream.destroy());
    clientSocket.on('close', () => upstream.destroy());
    upstream.on('close', () => clientSocket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    connects,
    forwarded,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
