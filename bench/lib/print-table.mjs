// The summary table: one row per figure, value, goal and whether it is met.

export function printTable(results) {
  const rows = [
    ['figure', 'value', 'goal', 'met'],
    ...results.map((result) => [
      result.figure,
      typeof result.value === 'number' ? `${result.value} ${result.unit}` : 'no value (see above)',
      result.goal,
      result.met ? 'yes' : 'NO',
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  process.stdout.write(`\n${[line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n')}\n\n`);
}
