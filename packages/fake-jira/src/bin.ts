#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { createLargeIssues } from './create-large-issues.js';
import { demoIssues } from './demo-issues.js';
import type { RateLimitSettings } from './fake-jira-switches.js';
import { fakeJiraScenarioNames, isFakeJiraScenarioName } from './scenarios.js';
import { startFakeJira } from './start-fake-jira.js';

const usage =
  'Usage: fake-jira [--port N] [--host 127.0.0.1] [--scenario NAME] [--context-path /jira] ' +
  '[--rate-limit CAPACITY/FILL/INTERVAL_SECONDS] [--latency-ms N] [--large-issues COUNT/LINKS] [--json]';

function fail(message: string): never {
  process.stderr.write(`fake-jira: ${message}\n`);
  process.exit(2);
}

function parseWholeNumber(name: string, text: string): number {
  if (!/^\d+$/.test(text)) fail(`--${name} must be a whole number, got '${text}'`);
  return Number(text);
}

function parseRateLimit(text: string): RateLimitSettings {
  const parts = text.split('/');
  if (parts.length !== 3 || parts.some((part) => !/^\d+$/.test(part) || Number(part) === 0)) {
    fail(
      `--rate-limit must be CAPACITY/FILL/INTERVAL_SECONDS with positive whole numbers, e.g. 5/5/1; got '${text}'`,
    );
  }
  const [capacity, fillRate, intervalSeconds] = parts.map(Number) as [number, number, number];
  return { capacity, fillRate, intervalSeconds };
}

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        host: { type: 'string', default: '127.0.0.1' },
        scenario: { type: 'string', default: 'default' },
        'context-path': { type: 'string', default: '' },
        'rate-limit': { type: 'string' },
        'latency-ms': { type: 'string' },
        'large-issues': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}

async function main(): Promise<void> {
  const values = parseCommandLine();
  if (values.help) {
    process.stdout.write(`${usage}\nScenarios: ${fakeJiraScenarioNames.join(', ')}\n`);
    return;
  }
  const scenario = values.scenario;
  if (!isFakeJiraScenarioName(scenario)) {
    fail(`unknown scenario '${scenario}'; valid: ${fakeJiraScenarioNames.join(', ')}`);
  }
  const port = parseWholeNumber('port', values.port);
  if (port > 65535) fail(`--port must be at most 65535, got ${port}`);
  const fake = await startFakeJira({
    host: values.host,
    port,
    scenario,
    contextPath: values['context-path'],
    ...(values['rate-limit'] === undefined ? {} : { rateLimit: parseRateLimit(values['rate-limit']) }),
    ...(values['latency-ms'] === undefined
      ? {}
      : { latencyMs: parseWholeNumber('latency-ms', values['latency-ms']) }),
  }).catch((error: unknown) =>
    fail(`cannot listen: ${error instanceof Error ? error.message : String(error)}`),
  );
  const large = values['large-issues'];
  if (large !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(large);
    if (!match) fail(`--large-issues must be COUNT/LINKS, e.g. 50/1000; got '${large}'`);
    for (const issue of createLargeIssues({ count: Number(match[1]), links: Number(match[2]) }))
      fake.seedIssue(issue);
  }
  const issues = demoIssues.map((issue) => issue.key);
  if (values.json) {
    const { baseUrl, port: actualPort, pat, username, password } = fake;
    process.stdout.write(
      `${JSON.stringify({ baseUrl, port: actualPort, pat, username, password, scenario, issues })}\n`,
    );
  } else {
    process.stdout.write(
      [
        `fake-jira (${scenario}) listening on ${fake.baseUrl}`,
        `  PAT (Bearer): ${fake.pat}`,
        `  Basic user:   ${fake.username} / ${fake.password}`,
        `  Issues:       ${issues.join(', ')}`,
        'Press Ctrl+C to stop.',
        '',
      ].join('\n'),
    );
  }
  const stop = () => {
    fake.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
