// The fake Jira DC in its own process: a client and a server sharing one event loop measure each other.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { track } from './children.mjs';
import { fakeJiraBin } from './paths.mjs';

/** How long the fake may take to print its address (it starts in well under a second). */
const startTimeoutMs = 15_000;

/**
 * Starts `fake-jira --port 0 --json …flags` and resolves with its JSON line
 * `{ baseUrl, port, pat, username, password, scenario, issues }` plus `pid` and `stop()`.
 */
export function startFakeJira(flags = []) {
  const child = track(
    spawn(process.execPath, [fakeJiraBin, '--port', '0', '--json', ...flags], {
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`fake-jira did not start within ${startTimeoutMs / 1000} s: ${stderr.trim()}`));
    }, startTimeoutMs);
    child.once('exit', () => clearTimeout(timer));
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      clearTimeout(timer);
      try {
        resolve({ ...JSON.parse(line), pid: child.pid, stop });
      } catch (error) {
        reject(error);
      }
    });
    child.once('exit', (code) => reject(new Error(`fake-jira exited (${code}): ${stderr.trim()}`)));
  });
}
