import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { type FakeJira, startFakeJira } from '@sf-links/fake-jira';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath } from './support/bin-path.js';
import { documentedResults } from './support/documented-results.js';
import { type HttpBin, startHttpBin } from './support/start-http-bin.js';

/**
 * The MCP Inspector's CLI mode, a client we did not write. `@modelcontextprotocol/inspector-cli` is
 * the code `npx @modelcontextprotocol/inspector --cli` runs (same files), without the web UI's
 * 150 MB of dependencies; pinned as a devDependency.
 */
function findInspector(): { cli: string; skipReason?: undefined } | { cli?: undefined; skipReason: string } {
  try {
    const manifest = createRequire(import.meta.url).resolve(
      '@modelcontextprotocol/inspector-cli/package.json',
    );
    const cli = join(dirname(manifest), 'build', 'cli.js');
    if (existsSync(cli)) return { cli };
    return { skipReason: `${cli} is missing from the installed package` };
  } catch (error) {
    return {
      skipReason: `@modelcontextprotocol/inspector-cli is not installed (${(error as Error).message})`,
    };
  }
}

const inspector = findInspector();
if (inspector.skipReason) {
  console.warn(`\n*** SKIPPED the MCP Inspector CLI tests: ${inspector.skipReason}. Run pnpm install. ***\n`);
}

/** Runs `mcp-inspector --cli …` and parses the JSON it prints. */
async function runInspector(args: string[]): Promise<Record<string, unknown>> {
  const cli = inspector.cli as string;
  const { stdout } = await promisify(execFile)(process.execPath, [cli, '--cli', ...args], {
    // 0.17.2 looks for its own package.json as "../package.json" from the working directory.
    cwd: dirname(cli),
    env: { PATH: process.env.PATH ?? '' },
    timeout: 15_000,
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

let jira: FakeJira;

beforeAll(async () => {
  jira = await startFakeJira({ port: 0 });
});

afterAll(async () => {
  await jira?.close();
});

const lookupArgs = [
  '--method',
  'tools/call',
  '--tool-name',
  'get_salesforce_associations',
  '--tool-arg',
  'issues=["11816","11817"]',
];

describe.skipIf(inspector.skipReason !== undefined)('the MCP Inspector CLI against the built server', () => {
  const stdio = () => [
    process.execPath,
    binPath,
    '-e',
    `JIRA_BASE_URL=${jira.baseUrl}`,
    '-e',
    `JIRA_PAT=${jira.pat}`,
  ];

  it('lists the read tool over stdio', async () => {
    const listed = (await runInspector([...stdio(), '--method', 'tools/list'])) as {
      tools: { name: string; annotations: Record<string, unknown> }[];
    };
    expect(listed.tools.map((tool) => tool.name)).toEqual(['get_salesforce_associations']);
    expect(listed.tools[0]?.annotations).toMatchObject({ readOnlyHint: true });
  });

  it('calls it over stdio and gets the documented records of 11816 and 11817', async () => {
    const result = await runInspector([...stdio(), ...lookupArgs]);
    expect(result.isError).toBe(false);
    expect(result.structuredContent).toEqual(documentedResults);
  });

  it('gets bad arguments back as INVALID_INPUT, not an SDK validation error', async () => {
    const result = await runInspector([
      ...stdio(),
      '--method',
      'tools/call',
      '--tool-name',
      'get_salesforce_associations',
      '--tool-arg',
      'issues=[]',
    ]);
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toMatchObject({ results: [], error: { code: 'INVALID_INPUT' } });
  });

  describe('over Streamable HTTP', () => {
    let server: HttpBin;

    beforeAll(async () => {
      server = await startHttpBin({ JIRA_BASE_URL: jira.baseUrl, JIRA_PAT: jira.pat });
    });

    afterAll(async () => {
      await server?.stop();
    });

    it('lists and calls the tool', async () => {
      const http = [server.url, '--transport', 'http'];
      const listed = (await runInspector([...http, '--method', 'tools/list'])) as {
        tools: { name: string }[];
      };
      expect(listed.tools.map((tool) => tool.name)).toEqual(['get_salesforce_associations']);
      const result = await runInspector([...http, ...lookupArgs]);
      expect(result.structuredContent).toEqual(documentedResults);
    });
  });
});
