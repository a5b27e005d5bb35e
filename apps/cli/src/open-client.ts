import type { SfLinksClient } from '@sf-links/core';
import { createNodeClient, readEnv } from '@sf-links/core/node';
import type { CliIo } from './cli-io.js';
import { configOverrides } from './config-flags.js';
import type { GlobalOptions } from './global-options.js';
import { type DemoJira, startDemo } from './start-demo.js';

/**
 * Salesforce org the demo links records to when SALESFORCE_BASE_URL is not set, so the demo shows
 * the Link column; `example` makes it plain that it is a placeholder.
 */
export const demoSalesforceBaseUrl = 'https://example.my.salesforce.com';

export interface OpenedClient {
  client: SfLinksClient;
  /** Set in --demo runs: the fake the client talks to. */
  demo: DemoJira | undefined;
  /** Closes the client's connections and the demo's fake, so the process exits at once. */
  close(): Promise<void>;
}

export interface OpenClientContext {
  io: CliIo;
  env: NodeJS.ProcessEnv;
}

/**
 * A client configured from the environment and the flags (throws ConfigError listing every problem,
 * before any request), or, with --demo, pointed at a freshly started fake.
 */
export async function openClient(options: GlobalOptions, context: OpenClientContext): Promise<OpenedClient> {
  const overrides = configOverrides({ ...options });
  const onWarning = (message: string) => context.io.stderr(`${message}\n`);
  if (!options.demo) {
    const client = createNodeClient({ overrides, env: context.env, onWarning });
    return { client, demo: undefined, close: () => client.close() };
  }
  const demo = await startDemo();
  try {
    // JIRA_* of the environment are ignored: the demo must never send a real token to the fake or
    // the fake's token to a real Jira. SALESFORCE_BASE_URL is honoured, being harmless.
    const client = createNodeClient({
      env: {},
      onWarning,
      overrides: {
        ...overrides,
        baseUrl: demo.baseUrl,
        username: undefined,
        pat: demo.pat,
        salesforceBaseUrl:
          overrides.salesforceBaseUrl ??
          readEnv(context.env).config.salesforceBaseUrl ??
          demoSalesforceBaseUrl,
      },
    });
    context.io.stderr(
      `Demo: using a built-in fake Jira DC at ${demo.baseUrl} (no real Jira is contacted).\n`,
    );
    return {
      client,
      demo,
      close: async () => {
        await client.close();
        await demo.close();
      },
    };
  } catch (error) {
    await demo.close();
    throw error;
  }
}
