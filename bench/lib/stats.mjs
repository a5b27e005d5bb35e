// Small statistics: every figure prints its median and its spread (min–max over the rounds).

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The value below which `fraction` of the samples fall (nearest rank). */
export function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank];
}

export function spread(values) {
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** "1.02 (0.97–1.05)" */
export function describe(values, digits = 2) {
  const { min, max } = spread(values);
  return `${median(values).toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)})`;
}

/**
 * Runs A then B, `rounds` times, alternating which goes first so load and warm-up hit both alike.
 * Returns the samples of each and the per-round ratio A/B.
 */
export async function alternate(rounds, measureA, measureB) {
  const a = [];
  const b = [];
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      a.push(await measureA(round));
      b.push(await measureB(round));
    } else {
      b.push(await measureB(round));
      a.push(await measureA(round));
    }
  }
  return { a, b, ratios: a.map((value, index) => value / b[index]) };
}
