import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import type { SfLinksClient } from '@sf-links/core';
import { advertisedInput } from './advertised-input.js';
import { defaultCallDeadlineMs } from './default-call-deadline.js';
import { addSalesforceAssociations } from './tools/add-salesforce-associations.js';
import { getSalesforceAssociations } from './tools/get-salesforce-associations.js';
import type { ToolCallContext, ToolDefinition } from './tools/tool-definition.js';
import { version } from './version.js';

export interface CreateServerOptions {
  /** The core client; every call goes through it (see `createUnconfiguredClient` for a bad config). */
  client: SfLinksClient;
  /** Register `add_salesforce_associations`. Default false (`SF_LINKS_ENABLE_WRITES=true` in the bin). */
  enableWrites?: boolean;
  /**
   * Most time one `get_salesforce_associations` call takes: issues still unanswered then are
   * TIMEOUT results and the call returns. Default 45000 (`SF_LINKS_MCP_DEADLINE_MS` in the bin).
   */
  callDeadlineMs?: number;
}

function register(server: McpServer, tool: ToolDefinition, deadlineMs: number): void {
  server.registerTool(
    tool.name,
    {
      title: tool.annotations.title,
      description: tool.description,
      inputSchema: advertisedInput(tool.inputShape),
      outputSchema: tool.outputShape,
      annotations: tool.annotations,
    },
    (input: Record<string, unknown>, extra: RequestHandlerExtra<ServerRequest, ServerNotification>) =>
      tool.run(input, { signal: extra.signal, deadlineMs, reportProgress: progressReporter(extra) }),
  );
}

/**
 * Sends `notifications/progress` for the call when its request carried a `progressToken` (clients
 * that reset their timeout on progress then wait as long as issues keep being answered). A failed
 * send (the connection closed) is dropped: progress is advice, the answer still comes.
 */
function progressReporter(
  extra: RequestHandlerExtra<ServerRequest, ServerNotification>,
): ToolCallContext['reportProgress'] {
  const progressToken = extra._meta?.progressToken;
  if (progressToken === undefined) return undefined;
  return (done, total) => {
    try {
      extra
        .sendNotification({
          method: 'notifications/progress',
          params: { progressToken, progress: done, total, message: `${done} of ${total} issues answered` },
        })
        .catch(() => {});
    } catch {
      // Dropped like a failed send.
    }
  };
}

/** An MCP server with the sf-links tools, not yet connected to any transport. */
export function createServer(options: CreateServerOptions): McpServer {
  const server = new McpServer(
    { name: 'sf-links-mcp', title: 'sf-links: Salesforce links of Jira issues', version },
    { capabilities: { tools: {} } },
  );
  const deadlineMs = options.callDeadlineMs ?? defaultCallDeadlineMs;
  register(server, getSalesforceAssociations(options.client), deadlineMs);
  if (options.enableWrites) register(server, addSalesforceAssociations(options.client), deadlineMs);
  return server;
}
