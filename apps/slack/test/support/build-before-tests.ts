import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const repoRoot = resolve(appRoot, '../..');
const tsc = createRequire(join(appRoot, 'package.json')).resolve('typescript/bin/tsc');

function newestSource(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds a package when its dist is missing or older than its sources (a fresh clone, an edit). */
function buildIfStale(packageRoot: string, entry: string): void {
  const built = join(packageRoot, 'dist', entry);
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource(join(packageRoot, 'src'))) return;
  execFileSync(process.execPath, [tsc, '-p', join(packageRoot, 'tsconfig.build.json')], { stdio: 'inherit' });
}

// The e2e tests import core and the fake from their dist, and spawn this app's built bin.
export default function setup(): void {
  buildIfStale(join(repoRoot, 'packages/core'), 'index.js');
  buildIfStale(join(repoRoot, 'packages/fake-jira'), 'index.js');
  buildIfStale(appRoot, 'sf-links-slack.js');
}
