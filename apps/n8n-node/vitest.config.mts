import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['nodes/**/*.test.ts', 'credentials/**/*.test.ts', 'test/**/*.test.mts'],
    testTimeout: 20_000,
    // The end-to-end suite boots real n8n processes; running it beside the units would fight for 2 cores.
    fileParallelism: false,
  },
});
