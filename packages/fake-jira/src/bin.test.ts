import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { associationsPath, jsonHeaders, sendRequest } from './test-support/send-request.js';

const binPath = join(import.meta.dirname, '..', 'dist', 'bin.js');

function run(parameters: string[]) {
  const child = spawn(process.execPath, [binPath, ...parameters], { stdio: ['ignore', 'pipe', 'pipe'] });
  const firstLine = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
  });
  // The error cases never print a first line; they are checked through the exit code.
  firstLine.catch(() => undefined);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return { child, firstLine, stderr: () => stderr };
}

describe('fake-jira bin', () => {
  it('prints one JSON line, serves, and stops on SIGTERM', async () => {
    const { child, firstLine } = run([
      '--port',
      '0',
      '--json',
      '--context-path',
      '/jira',
      '--rate-limit',
      '30/30/10',
      '--latency-ms',
      '0',
    ]);
    try {
      const started = JSON.parse(await firstLine);
      expect(started).toMatchObject({
        username: 'demo',
        scenario: 'default',
        issues: ['SUP-42', 'SUP-43', 'SUP-44', 'LOCKED-1', 'SF_2-7'],
      });
      expect(started.baseUrl).toBe(`http://127.0.0.1:${started.port}/jira`);
      const myself = await sendRequest(`${started.baseUrl}/rest/api/2/myself`, {
        headers: jsonHeaders(`Bearer ${started.pat}`),
      });
      expect(myself.status).toBe(200);
      expect(JSON.parse(myself.body).name).toBe('demo');
      expect(myself.headers['x-ratelimit-limit']).toBe('30');
      const links = await sendRequest(`${started.baseUrl}${associationsPath}?jiraIssueIdOrKey=SUP-42`, {
        headers: jsonHeaders(`Bearer ${started.pat}`),
      });
      expect(JSON.parse(links.body)[0].soid).toBe('500J80000019IF9IAM');
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('prints human lines by default and applies the scenario', async () => {
    const { child, firstLine } = run(['--port', '0', '--scenario', 'proxy-502']);
    try {
      const line = await firstLine;
      expect(line).toMatch(/^fake-jira \(proxy-502\) listening on http:\/\/127\.0\.0\.1:\d+$/);
      const baseUrl = line.split(' ').at(-1) ?? '';
      expect((await sendRequest(`${baseUrl}/status`)).status).toBe(502);
    } finally {
      child.kill('SIGINT');
    }
    await once(child, 'exit');
  });

  it.each([
    [['--scenario', 'nope'], /^fake-jira: unknown scenario 'nope'; valid: default, sso-page, .*slow\n$/],
    [['--rate-limit', '5/5'], /^fake-jira: --rate-limit must be CAPACITY\/FILL\/INTERVAL_SECONDS/],
    [['--port', 'abc'], /^fake-jira: --port must be a whole number/],
    [['--bogus'], /^fake-jira: Unknown option '--bogus'/],
  ])('exits 2 with a one-line error for %j', async (parameters, message) => {
    const { child, stderr } = run(parameters);
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stderr()).toMatch(message);
  });
});
