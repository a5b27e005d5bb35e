import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const packageName = 'n8n-nodes-sf-links';

/**
 * Installs (or finds in the cache) a real n8n of this version with scripts/install-n8n.sh.
 * Returns its folder, or the reason it could not be installed.
 */
export async function installN8n(version: string): Promise<{ dir: string } | { problem: string }> {
  try {
    const { stdout } = await run(join(packageDir, 'scripts', 'install-n8n.sh'), [version], {
      maxBuffer: 16 * 1024 * 1024,
      timeout: 15 * 60_000,
    });
    const dir = stdout.trim().split('\n').at(-1) ?? '';
    return dir ? { dir } : { problem: 'install-n8n.sh printed no folder' };
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    return { problem: `${(error as Error).message}\n${stderr.slice(-2000)}` };
  }
}

/**
 * What a failed n8n install means for the end-to-end suite. Locally it is skipped with a loud
 * banner (a laptop without the 2 GB install still runs the units); in CI (`CI=true`, as GitHub
 * Actions and most runners set it) it fails: a CI run that skipped n8n must not look green.
 */
export function onInstallFailure(env: NodeJS.ProcessEnv = process.env): 'fail' | 'skip' {
  const ci = (env.CI ?? '').trim().toLowerCase();
  return ci === 'true' || ci === '1' ? 'fail' : 'skip';
}

/** Builds the package and `npm pack`s it, as a registry would serve it. */
export async function packNode(destination: string): Promise<string> {
  await run(process.execPath, ['build.mjs'], { cwd: packageDir });
  const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', destination], {
    cwd: packageDir,
  });
  return join(destination, stdout.trim().split('\n').at(-1) ?? '');
}

export interface N8nResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** One n8n installation with a fresh user folder holding the packed node, as n8n's installer puts it. */
export interface N8nHome {
  version: string;
  userFolder: string;
  /** Runs one n8n CLI command to its end (killed after `timeoutMs`). */
  cli(args: string[], timeoutMs?: number): Promise<N8nResult>;
  /** Starts `n8n start` on a loopback port; `stop()` kills it. */
  startServer(port: number): Promise<{ baseUrl: string; stop(): Promise<void>; output(): string }>;
  remove(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Kills every n8n this process started and that still runs (for afterAll and failures). */
export function killAllN8n(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

function collect(child: ChildProcess): { text(): string; stdout(): string; stderr(): string } {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return { text: () => stdout + stderr, stdout: () => stdout, stderr: () => stderr };
}

/** How long `n8n start` may take to serve its REST API: a fresh database is migrated first, slow under load. */
const readyTimeoutMs = 120_000;

/**
 * What one poll saw: `undefined` when n8n serves its REST API, else what stands in the way. Two
 * steps, as n8n starts (2.8.4 and 1.123.81 alike):
 * 1. `/healthz/readiness` is 200 once the database is connected and migrated. Until then every other
 *    route answers 200 "n8n is starting up. Please wait" as text, which an `ok` check took for ready.
 * 2. The REST controllers (owner setup among them) are mounted next, then `/rest/settings` last of
 *    them: its JSON `{ data }` answer means every REST route exists. Before that it is a 404.
 */
async function notReadyBecause(baseUrl: string): Promise<string | undefined> {
  const get = (path: string) => fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(5_000) });
  try {
    const readiness = await get('/healthz/readiness');
    await readiness.body?.cancel();
    if (readiness.status !== 200) return `/healthz/readiness answered HTTP ${readiness.status}`;
    const settings = await get('/rest/settings');
    const text = await settings.text();
    const json = (() => {
      try {
        return JSON.parse(text) as { data?: unknown };
      } catch {
        return undefined;
      }
    })();
    if (settings.status === 200 && json?.data !== undefined) return undefined;
    return `/rest/settings answered HTTP ${settings.status} ${JSON.stringify(text.slice(0, 60))}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: unknown } }).cause;
    return `no answer (${typeof cause?.code === 'string' ? cause.code : (error as Error).message})`;
  }
}

/** Polls until n8n serves its REST API; throws saying what it saw last, or that n8n exited. */
async function waitUntilReady(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'nothing yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`exited (${child.exitCode ?? child.signalCode}) before serving its REST API`);
    }
    const reason = await notReadyBecause(baseUrl);
    if (reason === undefined) return;
    last = reason;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`did not serve its REST API within ${timeoutMs / 1000} s (last poll: ${last})`);
}

export async function createN8nHome(version: string, n8nDir: string, tarball: string): Promise<N8nHome> {
  const userFolder = await mkdtemp(join(tmpdir(), `sf-links-n8n-${version}-`));
  const nodeDir = join(userFolder, '.n8n', 'nodes', 'node_modules', packageName);
  await mkdir(nodeDir, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', nodeDir, '--strip-components=1']);
  // The nodes folder's own package.json, as n8n's community-package installer leaves it.
  await writeFile(
    join(userFolder, '.n8n', 'nodes', 'package.json'),
    JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [packageName]: '*' } }),
  );
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: userFolder,
    N8N_USER_FOLDER: userFolder,
    N8N_ENCRYPTION_KEY: 'sf-links-e2e-encryption-key',
    N8N_EXPRESSION_ENGINE: 'legacy',
    DB_TYPE: 'sqlite',
    N8N_DIAGNOSTICS_ENABLED: 'false',
    N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
    N8N_TEMPLATES_ENABLED: 'false',
    N8N_PERSONALIZATION_ENABLED: 'false',
    N8N_SECURE_COOKIE: 'false',
    NO_PROXY: '127.0.0.1,localhost',
  };
  const n8nBin = join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n');

  function start(args: string[], extraEnv: NodeJS.ProcessEnv = {}): ChildProcess {
    const child = spawn(process.execPath, [n8nBin, ...args], {
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    child.once('exit', () => running.delete(child));
    return child;
  }

  return {
    version,
    userFolder,
    cli(args, timeoutMs = 90_000) {
      const child = start(args);
      const output = collect(child);
      return new Promise((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.once('exit', (exitCode) => {
          clearTimeout(timer);
          resolve({ exitCode, stdout: output.stdout(), stderr: output.stderr() });
        });
      });
    },
    async startServer(port) {
      const child = start(['start'], { N8N_LISTEN_ADDRESS: '127.0.0.1', N8N_PORT: String(port) });
      const output = collect(child);
      const baseUrl = `http://127.0.0.1:${port}`;
      const stop = async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      };
      try {
        await waitUntilReady(baseUrl, child, readyTimeoutMs);
      } catch (error) {
        await stop();
        throw new Error(
          `n8n ${version} ${(error as Error).message}. Its output:\n${output.text().slice(-3000)}`,
        );
      }
      return { baseUrl, stop, output: output.text };
    },
    remove: () => rm(userFolder, { recursive: true, force: true }),
  };
}

/**
 * The run data `n8n execute --rawOutput` printed: pretty JSON from a line `{` to the next line `}`,
 * after n8n's log lines, and also when the workflow failed (exit 1).
 */
export function parseExecution(stdout: string): N8nRun {
  const lines = stdout.split('\n');
  const start = lines.indexOf('{');
  const end = lines.indexOf('}', start);
  if (start < 0 || end < 0)
    throw new Error(`no run data in the output of n8n execute:\n${stdout.slice(-3000)}`);
  return JSON.parse(lines.slice(start, end + 1).join('\n')) as N8nRun;
}

export interface N8nItem {
  json: Record<string, unknown>;
  pairedItem?: { item: number; input?: number } | { item: number; input?: number }[];
}

export interface N8nRun {
  data: {
    resultData: {
      error?: { message: string; description?: string };
      runData: Record<
        string,
        { data?: { main: (N8nItem[] | null)[] }; error?: { message: string; description?: string } }[]
      >;
    };
  };
}

/** The items one node produced on one output (0 = success, 1 = error output). */
export function outputOf(runResult: N8nRun, node: string, output = 0): N8nItem[] {
  const taskData = runResult.data.resultData.runData[node]?.[0];
  if (!taskData) throw new Error(`node "${node}" did not run`);
  return taskData.data?.main[output] ?? [];
}
