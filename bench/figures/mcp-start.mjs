// Figure 4: our MCP server's cold start to tools/list vs the reference filesystem server, and its idle RSS.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notMeasured } from '../lib/not-measured.mjs';
import { binOf, rootDirectory } from '../lib/paths.mjs';
import { cleanEnv } from '../lib/run-process.mjs';
import { startFakeJira } from '../lib/start-fake-jira.mjs';
import { coldStart, residentMegabytes, stop } from '../lib/start-stdio-server.mjs';
import { alternate, describe, median } from '../lib/stats.mjs';

const startFigure = 'MCP cold start to tools/list (sf-links-mcp ÷ server-filesystem)';
const rssFigure = 'MCP idle RSS after tools/list (sf-links-mcp)';

/** What this step reports, for run.mjs to record when it fails. */
export const mcpFigures = [
  { figure: startFigure, unit: 'ratio', goal: '<= 1.0' },
  { figure: rssFigure, unit: 'MB', goal: '<= 80' },
];
const idleMs = 300;

function referenceServer() {
  const manifest = fileURLToPath(import.meta.resolve('@modelcontextprotocol/server-filesystem/package.json'));
  return binOf(dirname(manifest));
}

export async function measureMcpStart({ rounds = 10 } = {}) {
  const ours = binOf(join(rootDirectory, 'apps/mcp-server'));
  if (!ours) {
    const why = 'apps/mcp-server has no built bin (dist) yet';
    return [notMeasured(startFigure, 'ratio', '<= 1.0', why), notMeasured(rssFigure, 'MB', '<= 80', why)];
  }
  const reference = referenceServer();
  const root = mkdtempSync(join(tmpdir(), 'sf-links-bench-fs-'));
  const fake = await startFakeJira();
  const oursEnv = cleanEnv({ JIRA_BASE_URL: fake.baseUrl, JIRA_PAT: fake.pat });
  const referenceEnv = cleanEnv({});
  const rss = [];
  const referenceRss = [];
  const run = async (args, env, rssSamples) => {
    const started = await coldStart(args, env);
    try {
      if (started.tools < 1) throw new Error(`${args[0]} listed no tools`);
      if (rssSamples) {
        await new Promise((resolve) => setTimeout(resolve, idleMs));
        rssSamples.push(residentMegabytes(started.child.pid));
      }
      return started.milliseconds;
    } finally {
      await stop(started.child);
    }
  };
  try {
    await run([ours], oursEnv);
    await run([reference, root], referenceEnv);
    const { a, b, ratios } = await alternate(
      rounds,
      () => run([ours], oursEnv, rss),
      () => run([reference, root], referenceEnv, referenceRss),
    );
    const value = median(ratios);
    const results = [
      {
        figure: startFigure,
        value: Math.round(value * 1000) / 1000,
        unit: 'ratio',
        goal: '<= 1.0',
        met: value <= 1.0,
        detail: `ratio ${describe(ratios)}; sf-links-mcp ${describe(a, 0)} ms, server-filesystem ${describe(b, 0)} ms; ${rounds} rounds, raw JSON-RPC over stdio`,
      },
    ];
    const known = rss.filter((value) => value !== undefined);
    results.push(
      known.length === 0
        ? notMeasured(rssFigure, 'MB', '<= 80', 'no /proc/<pid>/status on this system')
        : {
            figure: rssFigure,
            value: Math.round(median(known) * 10) / 10,
            unit: 'MB',
            goal: '<= 80',
            met: median(known) <= 80,
            detail: `VmRSS ${describe(known, 1)} MB, ${idleMs} ms after tools/list (server-filesystem: ${describe(
              referenceRss.filter((value) => value !== undefined),
              1,
            )} MB)`,
          },
    );
    return results;
  } finally {
    await fake.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
