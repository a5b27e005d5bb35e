// Bundles the bin into dist/ beside tsc's output: one file per entry point parses faster than
// hundreds of modules (see README, "Cold start"). The library entry (dist/index.js) stays tsc's.
import { build } from 'esbuild';

await build({
  entryPoints: { 'sf-links-mcp': 'src/sf-links-mcp.ts' },
  outdir: 'dist/bin',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
