// pnpm bench: every figure side by side with its floor, a table on stdout, results.json beside this file.
// Exits 0 when a goal is missed (met=false) or a figure fails (recorded as met=false with the error);
// non-zero only when the harness itself crashes or the overall deadline stops it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import {
  bulkFigures,
  measureBulkUnderRateLimit,
  measureConcurrencySweep,
  sweepFigures,
} from './figures/bulk-rate-limit.mjs';
import { cliFigures, measureCliStart } from './figures/cli-start.mjs';
import { clientOverheadFigures, measureClientOverhead } from './figures/client-overhead.mjs';
import { mcpFigures, measureMcpStart } from './figures/mcp-start.mjs';
import { measureMemory, memoryFigures } from './figures/memory.mjs';
import { measureSlackAck, slackFigures } from './figures/slack-ack.mjs';
import { killTracked } from './lib/children.mjs';
import { benchDirectory } from './lib/paths.mjs';
import { printTable } from './lib/print-table.mjs';
import { mergeResults, runSteps } from './lib/run-steps.mjs';

/** Each step returns one result or several; an app that is missing returns "not measured". */
const steps = [
  { name: 'client overhead', figures: clientOverheadFigures, measure: () => measureClientOverhead() },
  { name: 'bulk under a rate limit', figures: bulkFigures, measure: () => measureBulkUnderRateLimit() },
  { name: 'bulk concurrency sweep', figures: sweepFigures, measure: () => measureConcurrencySweep() },
  { name: 'CLI start', figures: cliFigures, measure: () => measureCliStart() },
  { name: 'MCP start', figures: mcpFigures, measure: () => measureMcpStart() },
  { name: 'Slack ack', figures: slackFigures, measure: () => measureSlackAck() },
  { name: 'memory', figures: memoryFigures, measure: () => measureMemory() },
];

const seconds = (name, fallback) => {
  const value = Number(process.env[name]);
  return (Number.isFinite(value) && value > 0 ? value : fallback) * 1000;
};
// A whole run takes ~2 min; no step takes more than ~40 s. The limits only stop a hang.
const stepTimeoutMs = seconds('SF_LINKS_BENCH_STEP_TIMEOUT_S', 180);
const deadlineMs = seconds('SF_LINKS_BENCH_DEADLINE_S', 600);

const only = process.argv.slice(2);
const selected = steps.filter(({ name }) => only.length === 0 || only.some((word) => name.includes(word)));
const started = performance.now();
const resultsFile = join(benchDirectory, 'results.json');
// A run of some figures updates theirs and keeps the others', so results.json always holds every figure.
const earlier =
  only.length > 0 && existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : [];
const results = [];
const save = () => writeFileSync(resultsFile, `${JSON.stringify(mergeResults(earlier, results), null, 2)}\n`);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

// The last resort: if a step hangs in a way its own timeout cannot end (a busy loop), the figures so
// far are saved, every child is killed and the process exits instead of hanging `pnpm bench`.
const watchdog = setTimeout(() => {
  process.stdout.write(`\npnpm bench: the overall deadline (${deadlineMs / 1000} s) passed; stopping.\n`);
  save();
  killTracked();
  process.exit(2);
}, deadlineMs + 30_000);
watchdog.unref();

process.stdout.write(`sf-links bench — load average ${load()}\n`);
let stepStarted = performance.now();
await runSteps(
  selected.map((step) => ({
    ...step,
    measure: () => {
      stepStarted = performance.now();
      process.stdout.write(`… ${step.name}\n`);
      return step.measure();
    },
  })),
  {
    stepTimeoutMs,
    deadline: started + deadlineMs,
    onStep: (_name, produced) => {
      results.push(...produced);
      for (const result of produced) {
        const value = typeof result.value === 'number' ? `${result.value} ${result.unit}` : 'no value';
        process.stdout.write(
          `  ${result.met ? 'met ' : 'MISS'} ${result.figure}: ${value} (goal ${result.goal}) — ${result.detail}\n`,
        );
      }
      process.stdout.write(`  (${((performance.now() - stepStarted) / 1000).toFixed(1)} s)\n`);
      // Saved after every step: a run stopped half-way keeps what it measured.
      save();
    },
  },
);
printTable(results);
process.stdout.write(
  `total ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${load()}\n`,
);
save();
// A step that timed out may have left handles behind; they must not keep the process alive.
killTracked();
process.exit(0);
