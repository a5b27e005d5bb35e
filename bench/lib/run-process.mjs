// Runs a command to completion: wall time from spawn to exit, stdout, exit code.
import { spawn } from 'node:child_process';
import { track } from './children.mjs';

/** Rejects (and kills the child) when it has not exited within `timeoutMs`. */
export function runProcess(command, args, { env, cwd, timeoutMs = 60_000 } = {}) {
  const started = performance.now();
  const child = track(spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] }));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args[0] ?? command} did not exit within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, milliseconds: performance.now() - started });
    });
  });
}

/** A child environment with only what Node needs plus `extra`: no proxy or JIRA_* leaks from the shell. */
export function cleanEnv(extra) {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_OPTIONS: '', ...extra };
}
