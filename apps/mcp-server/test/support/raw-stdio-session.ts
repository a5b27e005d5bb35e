import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { binPath } from './bin-path.js';

interface JsonRpcResponse {
  jsonrpc: string;
  id: number;
  result?: Record<string, unknown>;
  error?: { code: number; message: string };
}

/**
 * The built server spawned with raw pipes, so a test sees stdout byte for byte (the SDK's client
 * transport would hide a stray line).
 */
export class RawStdioSession {
  readonly stdoutText: string[] = [];
  readonly stderrText: string[] = [];
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting = new Map<number, (response: JsonRpcResponse) => void>();
  private buffered = '';
  private nextId = 1;

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, [binPath], { env: { PATH: process.env.PATH ?? '', ...env } });
    this.child.stderr.on('data', (chunk: Buffer) => this.stderrText.push(chunk.toString('utf8')));
    this.child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      this.stdoutText.push(text);
      this.buffered += text;
      let newline = this.buffered.indexOf('\n');
      while (newline >= 0) {
        const line = this.buffered.slice(0, newline);
        this.buffered = this.buffered.slice(newline + 1);
        this.receive(line);
        newline = this.buffered.indexOf('\n');
      }
    });
  }

  private receive(line: string): void {
    try {
      const message = JSON.parse(line) as JsonRpcResponse;
      this.waiting.get(message.id)?.(message);
    } catch {
      // The purity assertion reports it, from stdoutText.
    }
  }

  request(method: string, params: Record<string, unknown> = {}): Promise<JsonRpcResponse> {
    const id = this.nextId++;
    const answered = new Promise<JsonRpcResponse>((resolve) => this.waiting.set(id, resolve));
    this.child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id, method, params })}\n`);
    return answered;
  }

  notify(method: string): void {
    this.child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method })}\n`);
  }

  async initialize(): Promise<void> {
    await this.request('initialize', {
      protocolVersion: '2025-06-18',
      capabilities: {},
      clientInfo: { name: 'e2e-raw', version: '1.0.0' },
    });
    this.notify('notifications/initialized');
  }

  /** Closes stdin as an MCP client does on exit; resolves with the exit code. */
  async close(): Promise<number | null> {
    const exited = once(this.child, 'exit');
    this.child.stdin.end();
    const [code] = await exited;
    return code as number | null;
  }
}
