// Figure 2: 1,000 issues through lookupMany under Jira's token bucket, and without it vs concurrency.
import { createNodeClient } from '@sf-links/core/node';
import { startFakeJira } from '../lib/start-fake-jira.mjs';
import { describe, median } from '../lib/stats.mjs';

const issueCount = 1000;
const bucket = { capacity: 100, fillRate: 100, intervalSeconds: 1 };
// The bucket starts full: the first 100 are free, the other 900 arrive 100 a second.
const theoreticalSeconds =
  (Math.ceil((issueCount - bucket.capacity) / bucket.fillRate) * bucket.intervalSeconds * 1000) / 1000;
const issues = Array.from({ length: issueCount }, (_, index) => `BIG-${index + 1}`);

async function timedBatch(fake, concurrency) {
  const client = createNodeClient({ env: {}, overrides: { baseUrl: fake.baseUrl, pat: fake.pat } });
  try {
    const started = performance.now();
    const results = await client.lookupMany(issues, concurrency ? { concurrency } : undefined);
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
    figure: `bulk under a rate limit (1,000 issues, bucket 100 + 100/s; wall time ÷ ${theoreticalSeconds} s)`,
    value: Math.round(value * 1000) / 1000,
    unit: 'ratio',
    goal: '<= 1.15 and 0 failures',
    met: value <= 1.15 && failures === 0,
    detail: `ratio ${describe(ratios)} over ${rounds} rounds; failures ${failures}${
      firstFailure ? ` (first: ${firstFailure.code} ${firstFailure.message})` : ''
    }`,
  };
}

/** Without a bucket: wall time of the same batch at each concurrency, rounds rotated so load hits all. */
export async function measureConcurrencySweep({ rounds = 5, levels = [1, 8, 32, 64] } = {}) {
  const fake = await startFakeJira(['--large-issues', `${issueCount}/1`]);
  const samples = new Map(levels.map((level) => [level, []]));
  try {
    await timedBatch(fake, 8);
    for (let round = 0; round < rounds; round += 1) {
      for (let step = 0; step < levels.length; step += 1) {
        const level = levels[(step + round) % levels.length];
        const run = await timedBatch(fake, level);
        if (run.failures > 0) throw new Error(`concurrency ${level}: ${run.failures} failures`);
        samples.get(level).push(run.seconds * 1000);
      }
    }
  } finally {
    await fake.stop();
  }
  const fastest = Math.min(...levels.map((level) => median(samples.get(level))));
  const defaultLevel = 8;
  const defaultRatio = median(samples.get(defaultLevel)) / fastest;
  return {
    figure: `bulk without a bucket: default concurrency ${defaultLevel} wall time ÷ best level's`,
    value: Math.round(defaultRatio * 1000) / 1000,
    unit: 'ratio',
    goal: '<= 1.15',
    met: defaultRatio <= 1.15,
    detail: levels.map((level) => `c=${level}: ${describe(samples.get(level), 0)} ms`).join('; '),
  };
}
