import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as publicSurface from './index.js';

/** Names exported as types only: they leave no trace at runtime, so they are read from the source. */
function typeExports(): string[] {
  const source = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');
  return [...source.matchAll(/export type \{([^}]+)\}/g)]
    .flatMap((match) => (match[1] ?? '').split(','))
    .map((name) => name.trim())
    .filter(Boolean)
    .sort();
}

describe('public surface of @sf-links/mcp-server', () => {
  // A new export is a visible decision: update these lists on purpose.
  it('exports exactly these values', () => {
    expect(Object.keys(publicSurface).sort()).toMatchInlineSnapshot(`
      [
        "countedIssueSuccessSchema",
        "createServer",
        "createUnconfiguredClient",
        "startHttpServer",
        "toolIssueResultSchema",
        "toolResultsShape",
        "version",
      ]
    `);
  });

  it('exports exactly these types', () => {
    expect(typeExports()).toMatchInlineSnapshot(`
      [
        "CountedIssueSuccess",
        "CreateServerOptions",
        "HttpServerOptions",
        "RunningHttpServer",
        "ToolIssueResult",
        "ToolResults",
      ]
    `);
  });

  it('has no export * (every public name is listed in src/index.ts)', () => {
    expect(readFileSync(new URL('./index.ts', import.meta.url), 'utf8')).not.toMatch(/export \*/);
  });
});
