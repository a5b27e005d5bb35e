import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const cliRoot = join(import.meta.dirname, '..', '..');

function newestTime(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestTime(path));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtTime(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

/**
 * A workspace package the bundle includes, built with its own tsc only when its dist/ is missing
 * (a fresh clone); a stale one is left to `pnpm build`, never rebuilt under another package's feet.
 * Returns when its build was written, so a newer library rebuilds the CLI.
 */
function buildLibrary(name: string): number {
  const root = join(cliRoot, 'node_modules', '@sf-links', name);
  const entry = join(root, 'dist', 'index.js');
  if (!existsSync(entry)) {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  }
  return builtTime(entry);
}

/**
 * Vitest global setup: the e2e tests spawn dist/sf-links.js as a user would, so build it (and the
 * packages it bundles) when missing or older than any source. `pnpm test` builds first anyway.
 */
export default function buildOnce(): void {
  const libraries = Math.max(buildLibrary('core'), buildLibrary('fake-jira'));
  const newest = Math.max(
    libraries,
    newestTime(join(cliRoot, 'src')),
    statSync(join(cliRoot, 'build.mjs')).mtimeMs,
  );
  if (builtTime(join(cliRoot, 'dist', 'sf-links.js')) >= newest) return;
  execFileSync(process.execPath, ['build.mjs'], { cwd: cliRoot, stdio: 'inherit' });
}
