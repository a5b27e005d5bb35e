// The conventions n8n's installer and its community-package checks rely on, asserted on the files
// that ship: package.json and the built dist/ (also covered by `pnpm lint` → n8n-node lint).
import { execFile } from 'node:child_process';
import { access, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const packageJson = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as Record<
  string,
  unknown
>;
const n8n = packageJson.n8n as {
  nodes: string[];
  credentials: string[];
  n8nNodesApiVersion: number;
  strict: boolean;
};

beforeAll(async () => {
  await promisify(execFile)(process.execPath, ['build.mjs'], { cwd: packageDir });
}, 60_000);

describe('package.json', () => {
  it('installs without runtime dependencies or install scripts', () => {
    expect(packageJson.dependencies).toBeUndefined();
    expect(packageJson.peerDependencies).toEqual({ 'n8n-workflow': '*' });
    const scripts = Object.keys(packageJson.scripts as Record<string, string>);
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(scripts).not.toContain(hook);
    expect(packageJson.files).toEqual(['dist']);
    expect(packageJson.keywords).toContain('n8n-community-node-package');
    expect(packageJson.license).toBe('MIT');
    expect(n8n).toMatchObject({ n8nNodesApiVersion: 1, strict: true });
  });

  it('ships the MIT license text in the tarball', async () => {
    const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json'], { cwd: packageDir });
    const [packed] = JSON.parse(stdout) as { files: { path: string }[] }[];
    expect(packed?.files.map((file) => file.path)).toContain('LICENSE');
    const license = await readFile(join(packageDir, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 sf-links contributors\n/);
  }, 30_000);

  it('points n8n at built files that exist, with their icons and codex', async () => {
    for (const file of [...n8n.nodes, ...n8n.credentials]) {
      expect(file).toMatch(/^dist\//);
      await access(join(packageDir, file));
    }
    for (const asset of [
      'dist/nodes/SfLinks/SfLinks.node.json',
      'dist/nodes/SfLinks/sf-links.svg',
      'dist/nodes/SfLinks/sf-links.dark.svg',
      'dist/credentials/sf-links-jira.svg',
      'dist/credentials/sf-links-jira.dark.svg',
    ]) {
      await access(join(packageDir, asset));
    }
  });
});

describe('README', () => {
  it('describes the example workflow with the issues it really holds', async () => {
    const readme = await readFile(join(packageDir, 'README.md'), 'utf8');
    const example = await readFile(join(packageDir, 'examples', 'get-linked-cases.workflow.json'), 'utf8');
    const section = readme.slice(readme.indexOf('## Example workflow'), readme.indexOf('## Troubleshooting'));
    const issues = [...example.matchAll(/\\"issue\\": \\"([^\\"]+)\\"/g)].map((match) => match[1]);
    expect(issues).toEqual(['SUP-42', '11817']);
    for (const issue of issues) expect(section).toContain(`\`${issue}\``);
  });

  it('advises against Retry On Fail for Create', async () => {
    const readme = await readFile(join(packageDir, 'README.md'), 'utf8');
    expect(readme).toMatch(/Do not turn on Retry On Fail for Create\*\*: n8n re-runs the\s+whole node/);
  });
});

describe('dist', () => {
  it('bundles core: requires nothing but n8n-workflow, and touches no process, console or timer', async () => {
    for (const file of [...n8n.nodes, ...n8n.credentials]) {
      const code = await readFile(join(packageDir, file), 'utf8');
      const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]));
      expect(
        [...required].filter((name) => name !== 'n8n-workflow'),
        file,
      ).toEqual([]);
      expect(code, file).not.toMatch(/\bprocess\.(env|exit|cwd|stdout|stderr)\b/);
      expect(code, file).not.toMatch(/\bconsole\.(log|warn|error|info|debug)\b/);
      expect(code, file).not.toMatch(/\b(setTimeout|setInterval|setImmediate)\(/);
      expect(code, file).not.toMatch(/\bundici\b/);
    }
  });

  it('exports the classes n8n loads, with the names the package.json promises', async () => {
    const load = (file: string) => import(join(packageDir, file)) as Promise<Record<string, unknown>>;
    const node = await load('dist/nodes/SfLinks/SfLinks.node.js');
    const description = new (node.SfLinks as new () => { description: Record<string, unknown> })()
      .description;
    expect(description).toMatchObject({ name: 'sfLinks', usableAsTool: true, version: 1 });
    const pat = await load('dist/credentials/SfLinksJiraPatApi.credentials.js');
    const basic = await load('dist/credentials/SfLinksJiraBasicApi.credentials.js');
    expect(new (pat.SfLinksJiraPatApi as new () => { name: string })().name).toBe('sfLinksJiraPatApi');
    expect(new (basic.SfLinksJiraBasicApi as new () => { name: string })().name).toBe('sfLinksJiraBasicApi');
  });
});
