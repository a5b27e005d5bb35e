import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { SfLinksClient } from '@sf-links/core';
import { createServer } from './create-server.js';
import { routeConsoleToStderr } from './route-console-to-stderr.js';

export interface StdioOptions {
  client: SfLinksClient;
  enableWrites: boolean;
  callDeadlineMs?: number;
}

/**
 * Serves MCP over stdin/stdout until the client closes stdin. Stdout carries JSON-RPC only, so the
 * console (every method, whoever calls it) writes to stderr.
 */
export async function startStdio(options: StdioOptions): Promise<void> {
  routeConsoleToStderr();
  const server = createServer(options);
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await server.close().catch(() => {});
    await options.client.close().catch(() => {});
    process.exit(0);
  };
  process.stdin.once('end', shutdown);
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await server.connect(new StdioServerTransport());
}
