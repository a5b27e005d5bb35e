import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { SfLinksClient } from '@sf-links/core';
import type { z } from 'zod';
import { addSalesforceAssociations } from './tools/add-salesforce-associations.js';
import { getSalesforceAssociations } from './tools/get-salesforce-associations.js';
import type { ToolDefinition } from './tools/tool-definition.js';
import { version } from './version.js';

export interface CreateServerOptions {
  /** The core client; every call goes through it (see `createUnconfiguredClient` for a bad config). */
  client: SfLinksClient;
  /** Register `add_salesforce_associations`. Default false (`SF_LINKS_ENABLE_WRITES=true` in the bin). */
  enableWrites?: boolean;
}

function register<Shape extends z.ZodRawShape>(server: McpServer, tool: ToolDefinition<Shape>): void {
  server.registerTool(
    tool.name,
    {
      title: tool.annotations.title,
      description: tool.description,
      inputSchema: tool.inputShape,
      outputSchema: tool.outputShape,
      annotations: tool.annotations,
    },
    // The SDK's generic callback type cannot see through our generic Shape; the runtime contract is the same.
    ((input: z.infer<z.ZodObject<Shape>>, extra: { signal: AbortSignal }) =>
      tool.run(input, extra.signal)) as never,
  );
}

/** An MCP server with the sf-links tools, not yet connected to any transport. */
export function createServer(options: CreateServerOptions): McpServer {
  const server = new McpServer(
    { name: 'sf-links-mcp', title: 'sf-links: Salesforce links of Jira issues', version },
    { capabilities: { tools: {} } },
  );
  register(server, getSalesforceAssociations(options.client));
  if (options.enableWrites) register(server, addSalesforceAssociations(options.client));
  return server;
}
