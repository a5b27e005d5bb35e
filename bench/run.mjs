// pnpm bench: every figure side by side with its floor, a table on stdout, results.json beside this file.
// Exits 0 when a goal is missed (met=false); non-zero only when the harness itself crashes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { measureBulkUnderRateLimit, measureConcurrencySweep } from './figures/bulk-rate-limit.mjs';
import { measureCliStart } from './figures/cli-start.mjs';
import { measureClientOverhead } from './figures/client-overhead.mjs';
import { measureMcpStart } from './figures/mcp-start.mjs';
import { measureMemory } from './figures/memory.mjs';
import { measureSlackAck } from './figures/slack-ack.mjs';
import { benchDirectory } from './lib/paths.mjs';
import { printTable } from './lib/print-table.mjs';

/** Each step returns one result or several; an app that is missing returns "not measured". */
const steps = [
  ['client overhead', () => measureClientOverhead()],
  ['bulk under a rate limit', () => measureBulkUnderRateLimit()],
  ['bulk concurrency sweep', () => measureConcurrencySweep()],
  ['CLI start', () => measureCliStart()],
  ['MCP start', () => measureMcpStart()],
  ['Slack ack', () => measureSlackAck()],
  ['memory', () => measureMemory()],
];

const only = process.argv.slice(2);
const results = [];
const started = performance.now();
process.stdout.write(
  `sf-links bench — load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}\n`,
);
for (const [name, step] of steps) {
  if (only.length > 0 && !only.some((word) => name.includes(word))) continue;
  const stepStarted = performance.now();
  process.stdout.write(`… ${name}\n`);
  const produced = [await step()].flat();
  results.push(...produced);
  for (const result of produced) {
    process.stdout.write(
      `  ${result.met ? 'met ' : 'MISS'} ${result.figure}: ${result.value} ${result.unit} (goal ${result.goal}) — ${result.detail}\n`,
    );
  }
  process.stdout.write(`  (${((performance.now() - stepStarted) / 1000).toFixed(1)} s)\n`);
}
printTable(results);
process.stdout.write(
  `total ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}\n`,
);
// A run of some figures updates theirs and keeps the others', so results.json always holds every figure.
const resultsFile = join(benchDirectory, 'results.json');
const recorded =
  only.length > 0 && existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : [];
for (const { figure, value, unit, goal, met } of results) {
  const entry = { figure, value, unit, goal, met };
  const index = recorded.findIndex((earlier) => earlier.figure === figure);
  if (index === -1) recorded.push(entry);
  else recorded[index] = entry;
}
writeFileSync(resultsFile, `${JSON.stringify(recorded, null, 2)}\n`);
