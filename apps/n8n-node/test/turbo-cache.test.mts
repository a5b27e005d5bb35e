// turbo's cache must follow this package's real layout: its code lives in nodes/ and credentials/
// (not src/ as the root turbo.json assumes), and a test run that skipped n8n must never be replayed
// from the cache as a pass.
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(packageDir, '..', '..');

interface DryTask {
  taskId: string;
  inputs: Record<string, string>;
  resolvedTaskDefinition: { cache: boolean };
}

async function dryRun(): Promise<Map<string, DryTask>> {
  const { stdout } = await promisify(execFile)(
    join(repoRoot, 'node_modules', '.bin', 'turbo'),
    ['run', 'build', 'test', '--filter=n8n-nodes-sf-links', '--dry=json'],
    { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 },
  );
  const tasks = (JSON.parse(stdout) as { tasks: DryTask[] }).tasks;
  return new Map(tasks.map((task) => [task.taskId, task]));
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(join(packageDir, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(packageDir, join(entry.parentPath, entry.name)));
}

describe('turbo', () => {
  it('hashes every shipped source of the build (code, icons, codex) and not the tests', async () => {
    const build = (await dryRun()).get('n8n-nodes-sf-links#build');
    const inputs = Object.keys(build?.inputs ?? {});
    const sources = [...(await filesUnder('nodes')), ...(await filesUnder('credentials'))];
    const shipped = sources.filter((file) => !file.endsWith('.test.ts'));
    expect(shipped).toEqual(
      expect.arrayContaining(['nodes/SfLinks/SfLinks.node.ts', 'nodes/SfLinks/SfLinks.node.json']),
    );
    expect(inputs).toEqual(expect.arrayContaining([...shipped, 'build.mjs', 'package.json']));
    expect(inputs.filter((file) => file.endsWith('.test.ts'))).toEqual([]);
  }, 30_000);

  it('never caches the test task (a skipped end-to-end run is not a pass)', async () => {
    const test = (await dryRun()).get('n8n-nodes-sf-links#test');
    expect(test?.resolvedTaskDefinition.cache).toBe(false);
  }, 30_000);
});
