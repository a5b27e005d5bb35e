import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // End-to-end tests spawn the built bin: build it (and core, the fake) first when stale.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
  },
});
