import { execFile } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import { promisify } from 'node:util';
import { type FakeJira, startFakeJira } from '@sf-links/fake-jira';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../src/version.js';
import { binPath } from './support/bin-path.js';

let jira: FakeJira;

beforeAll(async () => {
  jira = await startFakeJira({ port: 0 });
});

afterAll(async () => {
  await jira?.close();
});

async function runBin(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [binPath, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('sf-links-mcp flags', () => {
  it('prints --version and --help on stdout', async () => {
    expect(await runBin(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = await runBin(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('SF_LINKS_ENABLE_WRITES=true');
  });

  it('refuses an unknown flag with exit code 2 and one line on stderr', async () => {
    expect(await runBin(['--htp'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "sf-links-mcp: Unknown option '--htp'. Run sf-links-mcp --help.\n",
    });
  });

  it('--http on a busy port names the address and exits 2', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const run = await runBin(['--http', '--port', String(port)], {
        JIRA_BASE_URL: jira.baseUrl,
        JIRA_PAT: jira.pat,
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `sf-links-mcp: 127.0.0.1:${port} is already in use; pick another port with --port.\n`,
      );
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('--doctor checks credentials and the add-on, on stderr', async () => {
    const env = { JIRA_BASE_URL: jira.baseUrl, JIRA_PAT: jira.pat, JIRA_MAX_RETRIES: '0' };
    const healthy = await runBin(['--doctor'], env);
    expect(healthy.code).toBe(0);
    expect(healthy.stdout).toBe('');
    expect(healthy.stderr).toContain('✓ Jira: signed in as demo');
    expect(healthy.stderr).toContain('✓ add-on:');
    jira.useScenario('addon-missing');
    const missing = await runBin(['--doctor'], env);
    jira.useScenario('default');
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain('✓ Jira: signed in as demo');
    expect(missing.stderr).toContain('✗ add-on: ADDON_UNAVAILABLE: ');
    const wrongPat = await runBin(['--doctor'], { ...env, JIRA_PAT: 'expired-or-wrong-token' });
    expect(wrongPat.code).toBe(3);
    expect(wrongPat.stderr).toContain('✗ Jira: UNAUTHORIZED: ');
    expect(wrongPat.stderr).toContain('- add-on: skipped: sign-in failed');
    expect(wrongPat.stderr).not.toContain('expired-or-wrong-token');
    const unconfigured = await runBin(['--doctor']);
    expect(unconfigured.code).toBe(2);
    expect(unconfigured.stderr).toContain(
      '✗ configuration: Invalid configuration: JIRA_BASE_URL: is required',
    );
    expect(unconfigured.stderr).toContain('- add-on: skipped: the configuration is invalid');
  });
});
