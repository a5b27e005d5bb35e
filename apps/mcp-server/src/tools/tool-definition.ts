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

/** A tool, free of SDK types so only `create-server.ts` knows how tools are registered. */
export interface ToolDefinition<Shape extends z.ZodRawShape> {
  name: string;
  description: string;
  inputShape: Shape;
  /** Declared as `outputSchema`; every tool answers `{ results }` whether declared or not. */
  outputShape?: typeof toolResultsShape;
  annotations: ToolAnnotations;
  /** Never throws: every failure is an `isError` answer carrying its code. */
  run(input: z.infer<z.ZodObject<Shape>>, signal: AbortSignal): Promise<ToolAnswer>;
}
