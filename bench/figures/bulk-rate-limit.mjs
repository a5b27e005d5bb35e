// Figure 2: 1,000 issues through lookupMany under Jira's token bucket, and without it vs concurrency.
import { createNodeClient } from '@sf-links/core/node';
import { startFakeJira } from '../lib/start-fake-jira.mjs';
import { describe, median } from '../lib/stats.mjs';

const issueCount = 1000;
const bucket = { capacity: 100, fillRate: 100, intervalSeconds: 1 };
// The bucket starts full: the first 100 are free, the other 900 arrive 100 a second.
const theoreticalSeconds =
  (Math.ceil((issueCount - bucket.capacity) / bucket.fillRate) * bucket.intervalSeconds * 1000) / 1000;
const latencyMs = 20;
const bulkFigure = `bulk under a rate limit (1,000 issues, bucket 100 + 100/s; wall time ÷ ${theoreticalSeconds} s)`;
const sweepFigure = `bulk without a bucket: lookupMany default concurrency wall time ÷ best level's (Jira at ${latencyMs} ms)`;

/** What these steps report, for run.mjs to record when one fails. */
export const bulkFigures = [{ figure: bulkFigure, unit: 'ratio', goal: '<= 1.15 and 0 failures' }];
export const sweepFigures = [{ figure: sweepFigure, unit: 'ratio', goal: '<= 1.15' }];

const issues = Array.from({ length: issueCount }, (_, index) => `BIG-${index + 1}`);

async function timedBatch(fake, concurrency, issueList = issues) {
  const client = createNodeClient({ env: {}, overrides: { baseUrl: fake.baseUrl, pat: fake.pat } });
  try {
    const started = performance.now();
    const results = await client.lookupMany(issueList, concurrency ? { concurrency } : undefined);
    const seconds = (performance.now() - started) / 1000;
    const failures = results.filter((result) => 'error' in result);
    return { seconds, failures: failures.length, firstFailure: failures[0]?.error };
  } finally {
    await client.close();
  }
}

export async function measureBulkUnderRateLimit({ rounds = 3 } = {}) {
  const ratios = [];
  let failures = 0;
  let firstFailure;
  for (let round = 0; round < rounds; round += 1) {
    // A fresh fake each round: a new bucket, full, whose first refill is one interval after the first request.
    const fake = await startFakeJira([
      '--rate-limit',
      `${bucket.capacity}/${bucket.fillRate}/${bucket.intervalSeconds}`,
      '--large-issues',
      `${issueCount}/1`,
    ]);
    try {
      const run = await timedBatch(fake);
      ratios.push(run.seconds / theoreticalSeconds);
      failures += run.failures;
      firstFailure ??= run.firstFailure;
    } finally {
      await fake.stop();
    }
  }
  const value = median(ratios);
  return {
    figure: bulkFigure,
    value: Math.round(value * 1000) / 1000,
    unit: 'ratio',
    goal: '<= 1.15 and 0 failures',
    met: value <= 1.15 && failures === 0,
    detail: `ratio ${describe(ratios)} over ${rounds} rounds; failures ${failures}${
      firstFailure ? ` (first: ${firstFailure.code} ${firstFailure.message})` : ''
    }`,
  };
}

async function sweep(fake, issueList, levels, rounds) {
  const samples = new Map(levels.map((level) => [level, []]));
  await timedBatch(fake, undefined, issueList);
  for (let round = 0; round < rounds; round += 1) {
    for (let step = 0; step < levels.length; step += 1) {
      const level = levels[(step + round) % levels.length];
      const run = await timedBatch(fake, level === 'default' ? undefined : level, issueList);
      if (run.failures > 0) throw new Error(`concurrency ${level}: ${run.failures} failures`);
      samples.get(level).push(run.seconds * 1000);
    }
  }
  return samples;
}

const show = (samples) =>
  [...samples].map(([level, values]) => `c=${level}: ${describe(values, 0)} ms`).join('; ');

/**
 * Without a bucket: wall time vs concurrency, rounds rotated so load hits every level alike. On
 * loopback (1,000 issues) a request costs ~0.1 ms, so it shows the client's own limits; with Jira
 * answering in 20 ms (200 issues), closer to a real network, it shows what concurrency buys. The
 * figure is the default's wall time (lookupMany without `concurrency`) ÷ the best level's, at 20 ms.
 */
export async function measureConcurrencySweep({ rounds = 7 } = {}) {
  const loopbackFake = await startFakeJira(['--large-issues', `${issueCount}/1`]);
  let loopback;
  try {
    loopback = await sweep(loopbackFake, issues, [1, 8, 16, 32, 64, 'default'], rounds);
  } finally {
    await loopbackFake.stop();
  }
  const slowFake = await startFakeJira(['--large-issues', '200/1', '--latency-ms', String(latencyMs)]);
  let slow;
  try {
    slow = await sweep(slowFake, issues.slice(0, 200), [8, 16, 32, 64, 'default'], 3);
  } finally {
    await slowFake.stop();
  }
  const best = Math.min(...[...slow.values()].map(median));
  const ratio = median(slow.get('default')) / best;
  return {
    figure: sweepFigure,
    value: Math.round(ratio * 1000) / 1000,
    unit: 'ratio',
    goal: '<= 1.15',
    met: ratio <= 1.15,
    detail: `${latencyMs} ms, 200 issues: ${show(slow)} | loopback, 1,000 issues: ${show(loopback)}`,
  };
}
