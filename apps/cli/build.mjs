// Bundles the CLI into dist/ so the published package has no runtime dependencies and starts fast.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

await rm(new URL('./dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { 'sf-links': 'src/bin.ts' },
  outdir: 'dist',
  bundle: true,
  // Splitting keeps the demo's fake Jira (a dynamic import) in its own chunk, loaded only by --demo.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // commander and cli-table3 are CommonJS and `require` Node built-ins; give the ESM bundle a require.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __sfLinksCreateRequire } from 'node:module';\nconst require = __sfLinksCreateRequire(import.meta.url);",
  },
  sourcemap: false,
  minify: true,
  keepNames: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
