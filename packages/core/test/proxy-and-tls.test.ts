import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeClient } from '@sf-links/core/node';
import { createTestCertificates, startConnectProxy } from '@sf-links/fake-jira/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { failureOf, fakeJira } from './with-fake.js';

const certificates = createTestCertificates();
const folder = mkdtempSync(join(tmpdir(), 'sf-links-ca-'));
const caFile = join(folder, 'ca.pem');
writeFileSync(caFile, certificates.ca);

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function httpsFake() {
  const fake = await fakeJira({ tls: { key: certificates.key, cert: certificates.cert } });
  expect(fake.baseUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  return fake;
}

function client(env: NodeJS.ProcessEnv, warnings: string[] = []) {
  const created = createNodeClient({ env, onWarning: (message) => warnings.push(message) });
  closers.push(() => created.close());
  return created;
}

describe('TLS', () => {
  it('an untrusted certificate → UPSTREAM_UNAVAILABLE telling to set JIRA_CA_FILE', async () => {
    const fake = await httpsFake();
    const failure = await failureOf(
      client({ JIRA_BASE_URL: fake.baseUrl, JIRA_PAT: fake.pat }).listAssociations('SUP-42'),
    );
    expect(failure.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(failure.message).toContain('JIRA_CA_FILE');
  });

  it('JIRA_CA_FILE is trusted in addition to the system roots', async () => {
    const fake = await httpsFake();
    const associations = await client({
      JIRA_BASE_URL: fake.baseUrl,
      JIRA_PAT: fake.pat,
      JIRA_CA_FILE: caFile,
    }).listAssociations('SUP-42');
    expect(associations.map((association) => association.soid)).toEqual(['500J80000019IF9IAM']);
  });

  it('JIRA_TLS_REJECT_UNAUTHORIZED=false connects, with a loud warning that names no secret', async () => {
    const fake = await httpsFake();
    const warnings: string[] = [];
    const insecure = client(
      { JIRA_BASE_URL: fake.baseUrl, JIRA_PAT: fake.pat, JIRA_TLS_REJECT_UNAUTHORIZED: 'false' },
      warnings,
    );
    expect(await insecure.listAssociations('SUP-43')).toHaveLength(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^WARNING: JIRA_TLS_REJECT_UNAUTHORIZED=false/);
    expect(warnings[0]).not.toContain(fake.pat);
  });
});

describe('proxy', () => {
  it('HTTPS_PROXY tunnels with CONNECT, and the CA file still applies to Jira behind it', async () => {
    const fake = await httpsFake();
    const proxy = await startConnectProxy();
    closers.push(() => proxy.close());
    const associations = await client({
      JIRA_BASE_URL: fake.baseUrl,
      JIRA_PAT: fake.pat,
      JIRA_CA_FILE: caFile,
      HTTPS_PROXY: proxy.url,
    }).listAssociations('SUP-42');
    expect(associations).toHaveLength(1);
    expect(proxy.connects).toEqual([new URL(fake.baseUrl).host]);
  });

  it('HTTP_PROXY carries http:// requests; NO_PROXY bypasses it', async () => {
    const fake = await fakeJira();
    const proxy = await startConnectProxy();
    closers.push(() => proxy.close());
    const env = { JIRA_BASE_URL: fake.baseUrl, JIRA_PAT: fake.pat, HTTP_PROXY: proxy.url };
    expect(await client(env).listAssociations('SUP-44')).toEqual([]);
    const used = proxy.connects.length + proxy.forwarded.length;
    expect(used).toBe(1);
    expect(await client({ ...env, NO_PROXY: '127.0.0.1' }).listAssociations('SUP-44')).toEqual([]);
    expect(proxy.connects.length + proxy.forwarded.length).toBe(used);
  });

  it('a proxy that cannot be reached → UPSTREAM_UNAVAILABLE', async () => {
    const fake = await fakeJira();
    const failure = await failureOf(
      client({
        JIRA_BASE_URL: fake.baseUrl,
        JIRA_PAT: fake.pat,
        HTTP_PROXY: 'http://127.0.0.1:9',
      }).listAssociations('SUP-42'),
    );
    expect(failure.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

// Found by a new-user trial: connection failures blamed the wrong thing, or said too little.
describe('regressions: what a failed connection names', () => {
  it('a refused proxy was reported as Jira refusing: the proxy is named (host:port only) with HTTPS_PROXY', async () => {
    const port = await closedPort();
    const failure = await failureOf(
      client({
        JIRA_BASE_URL: 'https://jira.example.com',
        JIRA_PAT: 'x'.repeat(44),
        HTTPS_PROXY: `http://proxyuser:proxy-secret-42@127.0.0.1:${port}`,
      }).listAssociations('SUP-44'),
    );
    expect(failure.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(failure.message).toBe(
      `Jira at jira.example.com could not be reached: the proxy 127.0.0.1:${port} (HTTPS_PROXY) refused the connection while looking up SUP-44. Check HTTPS_PROXY / HTTP_PROXY / NO_PROXY: the proxy must run at that address, or NO_PROXY must list jira.example.com if Jira is reached without one.`,
    );
    expect(failure.message).not.toMatch(/proxyuser|proxy-secret-42/);
  });

  it('an https:// Jira falls back to HTTP_PROXY, and the message names HTTP_PROXY then', async () => {
    const port = await closedPort();
    const failure = await failureOf(
      client({
        JIRA_BASE_URL: 'https://jira.example.com',
        JIRA_PAT: 'x'.repeat(44),
        HTTP_PROXY: `http://127.0.0.1:${port}`,
      }).listAssociations('SUP-44'),
    );
    expect(failure.message).toContain(`the proxy 127.0.0.1:${port} (HTTP_PROXY) refused the connection`);
  });

  it('a Jira exempted by NO_PROXY that refuses is still Jira refusing, not the proxy', async () => {
    const [jiraPort, proxyPort] = [await closedPort(), await closedPort()];
    const failure = await failureOf(
      client({
        JIRA_BASE_URL: `http://127.0.0.1:${jiraPort}`,
        JIRA_PAT: 'x'.repeat(44),
        HTTP_PROXY: `http://127.0.0.1:${proxyPort}`,
        NO_PROXY: 'localhost,127.0.0.1',
      }).listAssociations('SUP-44'),
    );
    expect(failure.message).toBe(
      `Jira at 127.0.0.1:${jiraPort} refused the connection while looking up SUP-44. Check JIRA_BASE_URL (host and port) and that Jira is running.`,
    );
  });

  it('https:// to a Jira serving plain http said only "could not be reached": it names the plain HTTP answer', async () => {
    const fake = await fakeJira();
    const httpsUrl = fake.baseUrl.replace(/^http:/, 'https:');
    const failure = await failureOf(
      client({ JIRA_BASE_URL: httpsUrl, JIRA_PAT: fake.pat }).listAssociations('SUP-44'),
    );
    expect(failure.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(failure.message).toBe(
      `Jira at ${new URL(httpsUrl).host} answered in plain HTTP, not TLS, to an https:// request while looking up SUP-44. If Jira serves http, use http:// in JIRA_BASE_URL (check the port).`,
    );
  });

  it('JIRA_TLS_REJECT_UNAUTHORIZED=false with an http:// Jira warned about certificates there are none of', async () => {
    const fake = await fakeJira();
    const warnings: string[] = [];
    const plain = client(
      { JIRA_BASE_URL: fake.baseUrl, JIRA_PAT: fake.pat, JIRA_TLS_REJECT_UNAUTHORIZED: 'false' },
      warnings,
    );
    expect(await plain.listAssociations('SUP-44')).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
