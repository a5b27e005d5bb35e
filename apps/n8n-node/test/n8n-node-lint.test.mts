// `n8n-node lint` in strict mode is what n8n's verification applies to community nodes: run it in
// the test command so a rule broken by any change fails CI, not a later publish.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('n8n-node lint (strict)', () => {
  it('passes with zero errors', () => {
    const script = fileURLToPath(new URL('../scripts/lint-n8n-node.sh', import.meta.url));
    // n8n's ESLint plugin switches to its own fixtures when NODE_ENV is 'test' (vitest sets it).
    const { NODE_ENV: _testMode, ...env } = process.env;
    const run = spawnSync('bash', [script], { encoding: 'utf8', timeout: 600_000, env });
    const output = `${run.stdout}\n${run.stderr}`;
    // ESLint's summary line ("✖ N problems (N errors, …)") appears only when something is wrong.
    expect(output, output).not.toMatch(/\bproblems? \(\d+ errors?/);
    expect(run.status, output).toBe(0);
  }, 600_000);
});
