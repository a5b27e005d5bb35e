import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// The end-to-end tests spawn the built bin, which imports the built core; the fake runs from its dist too.
const packages = [
  { name: '@sf-links/core', folder: 'packages/core', entry: 'dist/index.js' },
  { name: '@sf-links/fake-jira', folder: 'packages/fake-jira', entry: 'dist/index.js' },
  { name: '@sf-links/mcp-server', folder: 'apps/mcp-server', entry: 'dist/bin/sf-links-mcp.js' },
];

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

function builtAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Builds whatever is missing or older than its sources, so `vitest run` works from a fresh clone. */
export default function setup(): void {
  for (const item of packages) {
    const folder = join(root, item.folder);
    if (builtAt(join(folder, item.entry)) >= newestSource(join(folder, 'src'))) continue;
    execFileSync('pnpm', ['--filter', item.name, 'build'], { cwd: root, stdio: 'ignore' });
  }
}
