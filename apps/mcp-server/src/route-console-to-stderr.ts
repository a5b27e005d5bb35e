import { Console } from 'node:console';

/**
 * Replaces the global console with one whose stdout is stderr, so no console method (`log`, `table`,
 * `dir`, `group`, `count`, `time`…) of any dependency can write to stdout, which a stdio MCP server
 * keeps for JSON-RPC.
 */
export function routeConsoleToStderr(): void {
  globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });
}
