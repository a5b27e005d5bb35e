// A figure whose app is not there: reported with no value (null) and why, never a crash.

export function notMeasured(figure, unit, goal, why) {
  return {
    figure,
    value: null,
    unit,
    goal,
    met: false,
    detail: `not measured: ${why}`,
    note: `not measured: ${why}`,
  };
}
