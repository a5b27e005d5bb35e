import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { SfLinksClient } from '@sf-links/core';
import { checkBearerToken } from './check-bearer-token.js';
import { createServer } from './create-server.js';
import { allowedHostnames, isAllowedHost, isAllowedOrigin } from './is-allowed-host.js';

export interface HttpServerOptions {
  /** Shared by every request: one keep-alive pool to Jira. */
  client: SfLinksClient;
  enableWrites: boolean;
  /** Most time one lookup call takes (see `CreateServerOptions.callDeadlineMs`). Default 45000. */
  callDeadlineMs?: number;
  /** Interface to bind. Default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port. */
  port: number;
  /** Extra hostnames accepted in Host/Origin (e.g. the name a reverse proxy forwards). */
  allowedHosts?: readonly string[];
  /** When set, every request needs `Authorization: Bearer <token>`. */
  token?: string;
}

export interface RunningHttpServer {
  /** The MCP endpoint, e.g. `http://127.0.0.1:3000/mcp`. */
  url: string;
  close(): Promise<void>;
}

export const mcpPath = '/mcp';
const maxBodyBytes = 1024 * 1024;

/** Every refusal is a JSON-RPC error body, so MCP clients show the reason instead of a parse failure. */
function sendError(
  response: ServerResponse,
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  if (response.headersSent) return;
  const body = JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null });
  response.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(body);
}

class BodyTooLargeError extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Streamable HTTP, stateless: a new MCP server and transport per request (no session to pin a
 * client to one instance behind a load balancer), sharing one core client.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const host = options.host ?? '127.0.0.1';
  const allowed = allowedHostnames(host, options.allowedHosts ?? []);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHost(request.headers.host, allowed)) {
      return sendError(response, 403, -32000, 'Forbidden: Host header not allowed (see --allowed-host).');
    }
    if (!isAllowedOrigin(request.headers.origin, allowed)) {
      return sendError(response, 403, -32000, 'Forbidden: Origin not allowed (see --allowed-host).');
    }
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== mcpPath) {
      return sendError(response, 404, -32601, `Not found: the MCP endpoint is ${mcpPath}.`);
    }
    if (options.token && !checkBearerToken(request.headers.authorization, options.token)) {
      return sendError(
        response,
        401,
        -32001,
        'Unauthorized: send Authorization: Bearer <SF_LINKS_MCP_HTTP_TOKEN>.',
        { 'www-authenticate': 'Bearer' },
      );
    }
    if (request.method !== 'POST') {
      return sendError(response, 405, -32000, 'Method not allowed: this stateless server takes POST only.', {
        allow: 'POST',
      });
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(request));
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return sendError(response, 413, -32600, 'Request too large: at most 1 MiB.');
      }
      return sendError(response, 400, -32700, 'Parse error: the body is not JSON.');
    }
    const server = createServer({
      client: options.client,
      enableWrites: options.enableWrites,
      callDeadlineMs: options.callDeadlineMs,
    });
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    response.once('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(request, response, body);
  }

  const httpServer = createHttpServer((request, response) => {
    handle(request, response).catch(() => sendError(response, 500, -32603, 'Internal error.'));
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}${mcpPath}`,
    close: () =>
      new Promise<void>((resolve) => {
        httpServer.closeAllConnections();
        httpServer.close(() => resolve());
      }),
  };
}
