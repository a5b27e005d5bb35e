// An MCP server over stdio driven with raw JSON-RPC lines (the least client-side noise, the same for
// every server): spawn → initialize → notifications/initialized → tools/list answered.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { track } from './children.mjs';

const protocolVersion = '2025-06-18';

/**
 * Resolves with the milliseconds from spawn to the tools/list answer, the tool count, and the child;
 * rejects (and kills the child) when no answer came within `timeoutMs`.
 */
export function coldStart(args, env, { timeoutMs = 30_000 } = {}) {
  const started = performance.now();
  const child = track(spawn(process.execPath, args, { env, stdio: ['pipe', 'pipe', 'pipe'] }));
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const send = (message) => child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`${args[0]} did not answer tools/list within ${timeoutMs / 1000} s: ${stderr.trim()}`),
      );
    }, timeoutMs);
    child.once('exit', () => clearTimeout(timer));
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`${args[0]} exited (${code}) before tools/list: ${stderr.trim()}`)),
    );
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        return reject(new Error(`${args[0]} wrote a non-JSON line to stdout: ${line.slice(0, 80)}`));
      }
      if (message.id === 1) {
        if (message.error) return reject(new Error(`initialize failed: ${message.error.message}`));
        send({ method: 'notifications/initialized' });
        send({ id: 2, method: 'tools/list', params: {} });
      } else if (message.id === 2) {
        const milliseconds = performance.now() - started;
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ milliseconds, tools: message.result?.tools?.length ?? 0, child });
      }
    });
    send({
      id: 1,
      method: 'initialize',
      params: { protocolVersion, capabilities: {}, clientInfo: { name: 'sf-links-bench', version: '0.0.0' } },
    });
  });
}

/** Resident set size in MB from /proc (Linux), or undefined elsewhere. */
export function residentMegabytes(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
    return Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.stdin.end();
  child.kill('SIGTERM');
  await exited;
}
