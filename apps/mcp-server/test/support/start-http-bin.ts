import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { binPath } from './bin-path.js';

export interface HttpBin {
  /** The MCP endpoint the server printed, e.g. http://127.0.0.1:41234/mcp. */
  url: string;
  stderr(): string;
  stop(): Promise<void>;
}

/** Spawns the built server with `--http --port 0` and waits for the address it prints on stderr. */
export async function startHttpBin(env: Record<string, string>, args: string[] = []): Promise<HttpBin> {
  const child: ChildProcess = spawn(process.execPath, [binPath, '--http', '--port', '0', ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(stderr);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
  });
  return {
    url,
    stderr: () => stderr,
    async stop() {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
