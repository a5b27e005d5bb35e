import type { z } from 'zod';
import type { toolResultsShape } from '../result-schemas.js';
import type { ToolAnswer } from '../to-tool-result.js';

/** What MCP clients read to decide on approval prompts and filtering. */
export interface ToolAnnotations {
  title: string;
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

/** What a call gets besides its arguments. */
export interface ToolCallContext {
  /** Aborted when the client cancels the call or disconnects. */
  signal: AbortSignal;
  /** Most time one call may take before unfinished issues answer TIMEOUT (`SF_LINKS_MCP_DEADLINE_MS`). */
  deadlineMs: number;
  /**
   * Tells the client how far the call is (`done` of `total` issues answered), when it asked for
   * progress; absent otherwise. Never throws, whatever happens to the connection.
   */
  reportProgress?: (done: number, total: number) => void;
}

/** A tool, free of SDK types so only `create-server.ts` knows how tools are registered. */
export interface ToolDefinition {
  name: string;
  description: string;
  /**
   * The arguments as `tools/list` shows them (types, limits, descriptions). Advertised only: the SDK
   * would refuse a violation with a bare protocol-style message, so `run` checks the arguments itself
   * and answers INVALID_INPUT saying what to send.
   */
  inputShape: z.ZodRawShape;
  /** Declared as `outputSchema`; every tool answers `{ results }` whether declared or not. */
  outputShape?: typeof toolResultsShape;
  annotations: ToolAnnotations;
  /** Never throws: every failure, bad arguments included, is an `isError` answer carrying its code. */
  run(input: Record<string, unknown>, context: ToolCallContext): Promise<ToolAnswer>;
}
