// Runs the figures one step at a time so that one failing or hanging figure costs only itself:
// its entries are recorded as met:false with the error, and the other figures keep their values.
import { killTracked, withTimeout } from './children.mjs';

/**
 * The entry of results.json for one result: `value` is a finite number, or null with a `note`
 * saying why (never a string); `met` is true only for a measured value that met its goal.
 */
export function toRecord(result) {
  const { figure, unit, goal } = result;
  const measured = typeof result.value === 'number' && Number.isFinite(result.value);
  const value = measured ? result.value : null;
  const record = { figure, value, unit, goal, met: measured && result.met === true };
  if (!measured)
    record.note =
      result.note ?? (typeof result.value === 'string' ? result.value : `no value (${String(result.value)})`);
  else if (result.note) record.note = result.note;
  return record;
}

/** The results of a step that did not produce any: each of its figures, unmet, with the reason. */
export function failedFigures(figures, reason) {
  return figures.map(({ figure, unit, goal }) => ({
    figure,
    value: null,
    unit,
    goal,
    met: false,
    detail: reason,
    note: reason,
  }));
}

/**
 * Runs `steps` (`{ name, figures, measure }`) in order. Each gets at most `stepTimeoutMs` and
 * whatever is left before `deadline` (a `performance.now()` time); a step that throws or runs out of
 * time is recorded by `failedFigures`, the children it left running are killed, and the next step
 * runs. Steps not started before the deadline are recorded as not run. `onStep(name, results)`
 * sees each step's results as they come (to print and save them).
 */
export async function runSteps(steps, { stepTimeoutMs, deadline, onStep = () => {}, kill = killTracked }) {
  const all = [];
  for (const step of steps) {
    const remaining = deadline - performance.now();
    let produced;
    if (remaining <= 0) {
      produced = failedFigures(step.figures, 'not run: the overall deadline of pnpm bench had passed');
    } else {
      const limit = Math.min(stepTimeoutMs, remaining);
      try {
        produced = [
          await withTimeout(
            Promise.resolve().then(() => step.measure()),
            limit,
            `did not finish within ${(limit / 1000).toFixed(0)} s`,
          ),
        ].flat();
      } catch (error) {
        kill();
        produced = failedFigures(
          step.figures,
          `failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    all.push(...produced);
    onStep(step.name, produced);
  }
  return all;
}

/** `recorded` (an earlier results.json) with each of `results` replacing the entry of its figure. */
export function mergeResults(recorded, results) {
  const merged = [...recorded];
  for (const result of results) {
    const entry = toRecord(result);
    const index = merged.findIndex((earlier) => earlier.figure === entry.figure);
    if (index === -1) merged.push(entry);
    else merged[index] = entry;
  }
  return merged;
}
