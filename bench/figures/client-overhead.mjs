// Figure 1: requests per second of core's listAssociations vs a bare undici.request loop.
import { requestHeaders } from '@sf-links/core';
import { createNodeClient } from '@sf-links/core/node';
import { Agent, request } from 'undici';
import { startFakeJira } from '../lib/start-fake-jira.mjs';
import { alternate, describe, median } from '../lib/stats.mjs';

const issueCount = 256;
const levels = [1, 32];
const figureAt = (concurrency) =>
  `client overhead, concurrency ${concurrency} (core req/s ÷ bare undici req/s)`;

/** What this step reports, for run.mjs to record when it fails. */
export const clientOverheadFigures = levels.map((concurrency) => ({
  figure: figureAt(concurrency),
  unit: 'ratio',
  goal: '>= 0.9',
}));
const associationsPath = '/rest/com.servicerocket.jira.salesforce/1.0/api/external/associations';

/** `total` calls of `call(key)` with `concurrency` in flight; each call a different issue, so none share. */
async function requestsPerSecond(total, concurrency, call) {
  let next = 0;
  const started = performance.now();
  async function worker() {
    while (next < total) {
      const key = `BIG-${(next % issueCount) + 1}`;
      next += 1;
      await call(key);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return total / ((performance.now() - started) / 1000);
}

export async function measureClientOverhead({ rounds = 31 } = {}) {
  const fake = await startFakeJira(['--large-issues', `${issueCount}/1`]);
  const client = createNodeClient({ env: {}, overrides: { baseUrl: fake.baseUrl, pat: fake.pat } });
  // The same keep-alive settings core gives its agent (create-undici-transport.ts).
  const agent = new Agent({
    connections: 32,
    keepAliveTimeout: 30_000,
    headersTimeout: 10_000,
    bodyTimeout: 10_000,
    connect: { timeout: 10_000 },
  });
  const headers = { ...requestHeaders, authorization: `Bearer ${fake.pat}` };
  const viaCore = async (key) => {
    const associations = await client.listAssociations(key);
    if (associations.length !== 1) throw new Error(`core: ${key} answered ${associations.length} links`);
  };
  const bare = async (key) => {
    const response = await request(`${fake.baseUrl}${associationsPath}?jiraIssueIdOrKey=${key}`, {
      method: 'GET',
      headers,
      dispatcher: agent,
    });
    const associations = JSON.parse(await response.body.text());
    if (response.statusCode !== 200 || associations.length !== 1) throw new Error(`bare: ${key} failed`);
  };
  const results = [];
  try {
    for (const concurrency of levels) {
      const total = concurrency === 1 ? 400 : 1500;
      // Warm-up: connections open, code optimised, before anything is timed.
      for (let warmUp = 0; warmUp < 3; warmUp += 1) {
        await requestsPerSecond(total, concurrency, viaCore);
        await requestsPerSecond(total, concurrency, bare);
      }
      const { a, b, ratios } = await alternate(
        rounds,
        () => requestsPerSecond(total, concurrency, viaCore),
        () => requestsPerSecond(total, concurrency, bare),
      );
      results.push({
        figure: figureAt(concurrency),
        value: round(median(ratios)),
        unit: 'ratio',
        goal: '>= 0.9',
        met: median(ratios) >= 0.9,
        detail: `ratio ${describe(ratios)}; core ${describe(a, 0)} req/s, bare ${describe(b, 0)} req/s; ${total} requests × ${rounds} rounds`,
      });
    }
  } finally {
    await client.close();
    await agent.close();
    await fake.stop();
  }
  return results;
}

function round(value) {
  return Math.round(value * 1000) / 1000;
}
