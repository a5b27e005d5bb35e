import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The e2e tests spawn the built bin: build it (and what it bundles) first when stale.
    globalSetup: ['test/support/build-once.ts'],
    testTimeout: 20_000,
  },
});
