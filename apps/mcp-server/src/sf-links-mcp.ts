#!/usr/bin/env node
// The `sf-links-mcp` bin. Transport modules load on demand, so stdio never pays for the HTTP stack.
import { helpText } from './help-text.js';
import { openClient, writeWarning } from './open-client.js';
import { parseArguments, type ServerCommand, UsageError } from './parse-arguments.js';
import { readServerEnv } from './read-server-env.js';
import { version } from './version.js';

const loopback = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

async function run(command: ServerCommand): Promise<number | undefined> {
  if (command.mode === 'help') {
    process.stdout.write(helpText);
    return 0;
  }
  if (command.mode === 'version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const serverEnv = readServerEnv();
  for (const warning of serverEnv.warnings) writeWarning(warning);
  const opened = openClient();
  if (command.mode === 'doctor') {
    const { runDoctor } = await import('./run-doctor.js');
    return runDoctor(opened);
  }
  if (opened.configError) {
    writeWarning(`${opened.configError.detail} Every tool call answers CONFIG until this is fixed.`);
  }
  if (command.mode === 'stdio') {
    const { startStdio } = await import('./start-stdio.js');
    await startStdio({
      client: opened.client,
      enableWrites: serverEnv.enableWrites,
      callDeadlineMs: serverEnv.callDeadlineMs,
    });
    return undefined;
  }
  const { startHttpServer } = await import('./start-http-server.js');
  if (!loopback.has(command.host) && !serverEnv.httpToken) {
    writeWarning(
      `serving on ${command.host} without SF_LINKS_MCP_HTTP_TOKEN: anyone who can reach it can use it.`,
    );
  }
  const server = await startHttpServer({
    client: opened.client,
    enableWrites: serverEnv.enableWrites,
    callDeadlineMs: serverEnv.callDeadlineMs,
    host: command.host,
    port: command.port,
    allowedHosts: command.allowedHosts,
    token: serverEnv.httpToken,
  });
  writeWarning(`listening on ${server.url}`);
  const shutdown = async () => {
    await server.close();
    await opened.client.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return undefined;
}

const listenFailures: Record<string, (where: string) => string> = {
  EADDRINUSE: (where) => `${where} is already in use; pick another port with --port.`,
  EACCES: (where) => `not allowed to listen on ${where}; use a port above 1023.`,
  EADDRNOTAVAIL: (where) => `cannot listen on ${where}: that --host is not an address of this machine.`,
};

function failureMessage(error: unknown): string {
  const { code, address, port } = error as NodeJS.ErrnoException & { address?: string; port?: number };
  const describe = code ? listenFailures[code] : undefined;
  if (describe) return describe(port === undefined ? 'that address' : `${address ?? ''}:${port}`);
  return error instanceof Error ? error.message : String(error);
}

/** Choices the user made that cannot work exit 2, like usage errors; anything else exits 1. */
function exitCodeFor(error: unknown): number {
  const code = (error as NodeJS.ErrnoException).code;
  return error instanceof UsageError || (code !== undefined && code in listenFailures) ? 2 : 1;
}

try {
  const exitCode = await run(parseArguments(process.argv.slice(2)));
  if (exitCode !== undefined) process.exitCode = exitCode;
} catch (error) {
  writeWarning(failureMessage(error));
  process.exitCode = exitCodeFor(error);
}
