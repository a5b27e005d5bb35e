// Sums vitest's "Tests  X failed | Y passed | Z skipped (N)" lines over every package in a turbo log
// and prints "N passed, N failed[, N skipped]". A failing step that ran no test (lint, typecheck)
// still counts as one failure, so a red run never reads as "0 failed".
import { readFileSync } from 'node:fs';

const [logPath, exitStatus = '0'] = process.argv.slice(2);
const escapeCharacter = String.fromCharCode(27);
const log = readFileSync(logPath, 'utf8').replaceAll(new RegExp(`${escapeCharacter}\\[[0-9;]*m`, 'g'), '');
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const line of log.split('\n')) {
  const summary = /\bTests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (!summary) continue;
  for (const [, count, kind] of summary[1].matchAll(/(\d+) (passed|failed|skipped)/g))
    totals[kind] += Number(count);
}
if (exitStatus !== '0' && totals.failed === 0) totals.failed = 1;
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
