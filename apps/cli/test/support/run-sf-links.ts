import { execFile } from 'node:child_process';
import { join } from 'node:path';
import type { FakeJira } from '@sf-links/fake-jira';
import { expect } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', 'dist', 'sf-links.js');

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** The whole environment of the child, on top of PATH and HOME (nothing else leaks in). */
  env?: Record<string, string>;
  /** Values that must never appear in stdout or stderr; checked on every run. */
  secrets?: readonly string[];
}

/** Every form of a fake's credentials a leak could take: PAT, password, base64(user:password). */
export function secretsOf(fake: FakeJira): string[] {
  return [fake.pat, fake.password, Buffer.from(`${fake.username}:${fake.password}`).toString('base64')];
}

/** The environment that points sf-links at a fake with its valid PAT. */
export function envFor(fake: FakeJira, extra: Record<string, string> = {}): Record<string, string> {
  return { JIRA_BASE_URL: fake.baseUrl, JIRA_PAT: fake.pat, ...extra };
}

/**
 * Runs the built bin as a user would (asynchronously: the fake answers from this same process),
 * and checks what every run must respect: no secret in the output, no stack trace without --debug.
 */
export function runSfLinks(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bin, ...args], { env, timeout: 15_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(error);
        return;
      }
      const run = { exitCode: error ? (error.code as number) : 0, stdout, stderr };
      for (const secret of options.secrets ?? []) {
        expect(run.stdout).not.toContain(secret);
        expect(run.stderr).not.toContain(secret);
      }
      if (!args.includes('--debug')) expect(run.stderr).not.toMatch(/^\s+at /m);
      resolve(run);
    });
  });
}
