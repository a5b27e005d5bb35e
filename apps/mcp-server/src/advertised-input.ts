import { z } from 'zod';

interface ObjectJsonSchema {
  properties?: Record<string, Record<string, unknown>>;
  required?: string[];
}

/**
 * An input schema whose JSON Schema (what `tools/list` shows) is exactly `shape`'s, but which accepts
 * any value: the SDK validates arguments before calling a tool and answers a violation with its own
 * "Input validation error" text, without our error code or what to do. Each tool checks its
 * arguments itself instead (see `ToolDefinition.inputShape`).
 */
export function advertisedInput(shape: z.ZodRawShape): z.ZodObject {
  const json = z.toJSONSchema(z.object(shape), { target: 'draft-7', io: 'input' }) as ObjectJsonSchema;
  const anything = Object.fromEntries(
    Object.keys(shape).map((key) => [
      key,
      z
        .unknown()
        .optional()
        .meta(json.properties?.[key] ?? {}),
    ]),
  );
  // `required` is restated on the object: the properties are optional to the parser, not to clients.
  return z.object(anything).meta(json.required ? { required: json.required } : {});
}
