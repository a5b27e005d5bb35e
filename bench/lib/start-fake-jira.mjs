// The fake Jira DC in its own process: a client and a server sharing one event loop measure each other.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fakeJiraBin } from './paths.mjs';

/**
 * Starts `fake-jira --port 0 --json …flags` and resolves with its JSON line
 * `{ baseUrl, port, pat, username, password, scenario, issues }` plus `pid` and `stop()`.
 */
export function startFakeJira(flags = []) {
  const child = spawn(process.execPath, [fakeJiraBin, '--port', '0', '--json', ...flags], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      try {
        resolve({ ...JSON.parse(line), pid: child.pid, stop });
      } catch (error) {
        reject(error);
      }
    });
    child.once('exit', (code) => reject(new Error(`fake-jira exited (${code}): ${stderr.trim()}`)));
  });
}
