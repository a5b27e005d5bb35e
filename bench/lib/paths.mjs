// Where the built pieces live, resolved from this folder so `pnpm bench` works from any directory.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDirectory = dirname(dirname(fileURLToPath(import.meta.url)));
export const rootDirectory = dirname(benchDirectory);

/** The file a package's `bin` names (first entry), or undefined when the package or file is missing. */
export function binOf(packageDirectory) {
  const manifestPath = join(packageDirectory, 'package.json');
  if (!existsSync(manifestPath)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin ?? {})[0];
  if (!bin) return undefined;
  const file = join(packageDirectory, bin);
  return existsSync(file) ? file : undefined;
}

export const fakeJiraBin = join(rootDirectory, 'packages/fake-jira/dist/bin.js');
