import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every module specifier reachable from a source file through relative imports. */
function reachableImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, specifier] of source.matchAll(/from '([^']+)'/g)) {
    if (specifier?.startsWith('.'))
      reachableImports(join(dirname(file), specifier.replace(/\.js$/, '.ts')), seen);
    else if (specifier) seen.add(specifier);
  }
  return seen;
}

describe('entry points', () => {
  it('keeps the root entry free of runtime dependencies, so the CLI bundle never pulls node-forge', () => {
    const external = [...reachableImports(join(import.meta.dirname, 'index.ts'))].filter(
      (specifier) => !specifier.endsWith('.ts'),
    );
    expect(external.every((specifier) => specifier.startsWith('node:'))).toBe(true);
  });

  it('keeps node-forge behind the ./testing subpath', () => {
    expect(reachableImports(join(import.meta.dirname, 'testing.ts')).has('node-forge')).toBe(true);
  });
});
