// Figure 6: peak RSS of a process that looks up one issue with 1,000 links, then 50 such issues at once.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { track } from '../lib/children.mjs';
import { startFakeJira } from '../lib/start-fake-jira.mjs';
import { alternate, describe, median } from '../lib/stats.mjs';

const goalMegabytes = 150;
const figure = 'memory: peak RSS, 1 issue × 1,000 links, then 50 × 1,000 via lookupMany, through core';

/** What this step reports, for run.mjs to record when it fails. */
export const memoryFigures = [{ figure, unit: 'MB', goal: `<= ${goalMegabytes}` }];

function runChild(script, fake, timeoutMs = 120_000) {
  const child = track(
    spawn(process.execPath, [fileURLToPath(new URL(script, import.meta.url))], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, BENCH_BASE_URL: fake.baseUrl, BENCH_PAT: fake.pat },
    }),
  );
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not exit within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`${script} exited ${code}`));
      resolve(JSON.parse(output));
    });
  });
}

export async function measureMemory({ rounds = 5 } = {}) {
  const fake = await startFakeJira(['--large-issues', '50/1000']);
  try {
    const { a, b } = await alternate(
      rounds,
      async () => (await runChild('../children/memory-core.mjs', fake)).maxRssMegabytes,
      async () => (await runChild('../children/memory-bare.mjs', fake)).maxRssMegabytes,
    );
    const value = median(a);
    return {
      figure,
      value: Math.round(value * 10) / 10,
      unit: 'MB',
      goal: `<= ${goalMegabytes}`,
      met: value <= goalMegabytes,
      detail: `core ${describe(a, 1)} MB; bare undici + JSON.parse floor ${describe(b, 1)} MB (core ÷ floor ${(value / median(b)).toFixed(2)})`,
    };
  } finally {
    await fake.stop();
  }
}
