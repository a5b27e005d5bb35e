// Bundles the node and its credentials into CommonJS files under dist/, the layout n8n loads.
// Core (and zod) are bundled in, so the published package has no runtime dependencies;
// n8n-workflow stays external: n8n provides its own copy.
import { cp, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const entryPoints = [
  'nodes/SfLinks/SfLinks.node.ts',
  'credentials/SfLinksJiraPatApi.credentials.ts',
  'credentials/SfLinksJiraBasicApi.credentials.ts',
];

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints,
  outdir: 'dist',
  outbase: '.',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['n8n-workflow'],
  sourcemap: false,
  legalComments: 'none',
  // zod's full build is most of the file; minifying keeps the install small (names kept for errors).
  minify: true,
  keepNames: true,
  logLevel: 'warning',
});
// Icons and the codex file sit beside the files that reference them.
const assets = [
  'nodes/SfLinks/SfLinks.node.json',
  'nodes/SfLinks/sf-links.svg',
  'nodes/SfLinks/sf-links.dark.svg',
  'credentials/sf-links-jira.svg',
  'credentials/sf-links-jira.dark.svg',
];
for (const asset of assets) await cp(asset, `dist/${asset}`);
