import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // Tests import the package by name, as users do, but run against the sources.
  resolve: {
    alias: [
      { find: /^@sf-links\/core\/node$/, replacement: source('./src/node/index.ts') },
      { find: /^@sf-links\/core$/, replacement: source('./src/index.ts') },
    ],
  },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 20_000 },
});
