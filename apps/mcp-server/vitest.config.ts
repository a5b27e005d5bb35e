import { defineConfig } from 'vitest/config';

export default defineConfig({
  // End-to-end tests spawn the built bin (dist/), so `pnpm test` builds first (turbo: test → build).
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 20_000 },
});
