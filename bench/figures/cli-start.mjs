// Figure 3: `sf-links --json <issue>` from spawn to exit vs a bare node script making the same request.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notMeasured } from '../lib/not-measured.mjs';
import { binOf, rootDirectory } from '../lib/paths.mjs';
import { cleanEnv, runProcess } from '../lib/run-process.mjs';
import { startFakeJira } from '../lib/start-fake-jira.mjs';
import { alternate, describe, median } from '../lib/stats.mjs';

const figure = 'CLI start to answer (sf-links --json ÷ bare node + undici script)';
/** What this step reports, for run.mjs to record when it fails. */
export const cliFigures = [{ figure, unit: 'ratio', goal: '<= 1.3' }];
const bareScript = fileURLToPath(new URL('../children/bare-lookup.mjs', import.meta.url));

export async function measureCliStart({ rounds = 10 } = {}) {
  const cli = binOf(join(rootDirectory, 'apps/cli'));
  if (!cli) return notMeasured(figure, 'ratio', '<= 1.3', 'apps/cli has no built bin (dist) yet');
  const fake = await startFakeJira();
  const env = cleanEnv({ JIRA_BASE_URL: fake.baseUrl, JIRA_PAT: fake.pat });
  const issue = 'SUP-42';
  const timed = async (args) => {
    const run = await runProcess(process.execPath, args, { env });
    const answer = JSON.parse(run.stdout);
    if (run.code !== 0 || answer[0]?.associations?.[0]?.soid !== '500J80000019IF9IAM') {
      throw new Error(`${args[0]} failed (${run.code}): ${run.stderr.trim() || run.stdout.trim()}`);
    }
    return run.milliseconds;
  };
  try {
    // Warm the file system cache for both.
    await timed([cli, '--json', issue]);
    await timed([bareScript, issue]);
    const { a, b, ratios } = await alternate(
      rounds,
      () => timed([cli, '--json', issue]),
      () => timed([bareScript, issue]),
    );
    const value = median(ratios);
    return {
      figure,
      value: Math.round(value * 1000) / 1000,
      unit: 'ratio',
      goal: '<= 1.3',
      met: value <= 1.3,
      detail: `ratio ${describe(ratios)}; sf-links ${describe(a, 0)} ms, bare ${describe(b, 0)} ms; ${rounds} rounds`,
    };
  } finally {
    await fake.stop();
  }
}
