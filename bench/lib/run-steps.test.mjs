// vitest: the bench's bookkeeping, without measuring anything.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'vitest';
import { track } from './children.mjs';
import { notMeasured } from './not-measured.mjs';
import { failedFigures, mergeResults, runSteps, toRecord } from './run-steps.mjs';

const figure = (name) => ({ figure: name, unit: 'ratio', goal: '<= 1' });
const ok = (name, value = 0.9) => ({ ...figure(name), value, met: value <= 1, detail: 'measured' });

test('a failing step is recorded as met:false with its error; the others keep their values', async () => {
  const results = await runSteps(
    [
      { name: 'a', figures: [figure('A')], measure: async () => ok('A') },
      {
        name: 'b',
        figures: [figure('B1'), figure('B2')],
        measure: async () => {
          throw new Error('fake-jira exited (1)');
        },
      },
      { name: 'c', figures: [figure('C')], measure: async () => [ok('C', 1.2)] },
    ],
    { stepTimeoutMs: 5_000, deadline: performance.now() + 10_000, kill: () => 0 },
  );
  assert.deepEqual(results.map(toRecord), [
    { figure: 'A', value: 0.9, unit: 'ratio', goal: '<= 1', met: true },
    {
      figure: 'B1',
      value: null,
      unit: 'ratio',
      goal: '<= 1',
      met: false,
      note: 'failed: fake-jira exited (1)',
    },
    {
      figure: 'B2',
      value: null,
      unit: 'ratio',
      goal: '<= 1',
      met: false,
      note: 'failed: fake-jira exited (1)',
    },
    { figure: 'C', value: 1.2, unit: 'ratio', goal: '<= 1', met: false },
  ]);
});

test('a hanging step times out, its children are killed, and later steps still run', async () => {
  const child = track(spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }));
  const exited = new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  const results = await runSteps(
    [
      { name: 'hang', figures: [figure('H')], measure: () => new Promise(() => {}) },
      { name: 'after', figures: [figure('A')], measure: async () => ok('A') },
    ],
    { stepTimeoutMs: 200, deadline: performance.now() + 10_000 },
  );
  assert.equal(await exited, 'SIGKILL');
  assert.equal(results[0].met, false);
  assert.equal(results[0].value, null);
  assert.match(results[0].note, /^failed: did not finish within 0 s$/);
  assert.equal(results[1].value, 0.9);
});

test('steps after the overall deadline are recorded as not run, without running them', async () => {
  let ran = false;
  const results = await runSteps(
    [
      {
        name: 'late',
        figures: [figure('L')],
        measure: async () => {
          ran = true;
          return ok('L');
        },
      },
    ],
    { stepTimeoutMs: 1_000, deadline: performance.now() - 1 },
  );
  assert.equal(ran, false);
  assert.equal(results[0].met, false);
  assert.match(results[0].note, /^not run: the overall deadline/);
});

test('value is always a finite number or null with a note, never a string', () => {
  assert.deepEqual(toRecord(notMeasured('S', 'ms', '<= 50', 'apps/slack has no built bin (dist) yet')), {
    figure: 'S',
    value: null,
    unit: 'ms',
    goal: '<= 50',
    met: false,
    note: 'not measured: apps/slack has no built bin (dist) yet',
  });
  assert.deepEqual(toRecord({ ...figure('X'), value: 'not measured: why', met: true }), {
    ...figure('X'),
    value: null,
    met: false,
    note: 'not measured: why',
  });
  assert.equal(toRecord({ ...figure('N'), value: Number.NaN, met: true }).value, null);
  assert.equal(toRecord({ ...figure('N'), value: Number.NaN, met: true }).met, false);
  for (const entry of failedFigures([figure('F')], 'failed: x').map(toRecord))
    assert.equal(entry.value, null);
});

test('a partial run replaces only its figures in results.json', () => {
  const earlier = [
    { figure: 'A', value: 1, unit: 'ratio', goal: '<= 1', met: true },
    { figure: 'B', value: 2, unit: 'ratio', goal: '<= 1', met: false },
  ];
  assert.deepEqual(mergeResults(earlier, [ok('B', 0.5), ok('C')]), [
    earlier[0],
    { figure: 'B', value: 0.5, unit: 'ratio', goal: '<= 1', met: true },
    { figure: 'C', value: 0.9, unit: 'ratio', goal: '<= 1', met: true },
  ]);
});
