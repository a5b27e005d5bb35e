// A figure whose app is not there: reported, never a crash.

export function notMeasured(figure, unit, goal, why) {
  return { figure, value: `not measured: ${why}`, unit, goal, met: false, detail: why };
}
