import { type SfLinksClient, SfLinksError } from '@sf-links/core';
import { createNodeClient } from '@sf-links/core/node';
import { createUnconfiguredClient } from './create-unconfigured-client.js';

export interface OpenedClient {
  client: SfLinksClient;
  /** Set when the configuration is invalid: the client then answers CONFIG to every call. */
  configError: SfLinksError | undefined;
}

/** Warnings (the insecure-TLS one included) must never reach stdout, which carries MCP messages. */
export function writeWarning(message: string): void {
  process.stderr.write(`sf-links-mcp: ${message}\n`);
}

/** The one core client the process shares (one keep-alive pool), or a stand-in when the config is bad. */
export function openClient(): OpenedClient {
  try {
    return { client: createNodeClient({ onWarning: writeWarning }), configError: undefined };
  } catch (error) {
    if (!SfLinksError.isInstance(error) || error.code !== 'CONFIG') throw error;
    return { client: createUnconfiguredClient(error), configError: error };
  }
}
