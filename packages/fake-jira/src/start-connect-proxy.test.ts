import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeJira } from './fake-jira.js';
import { startConnectProxy } from './start-connect-proxy.js';
import { startFakeJira } from './start-fake-jira.js';
import { jsonHeaders } from './test-support/send-request.js';

describe('startConnectProxy', () => {
  let fake: FakeJira;
  let proxy: Awaited<ReturnType<typeof startConnectProxy>>;
  afterEach(async () => {
    await proxy.close();
    await fake.close();
  });

  it('tunnels CONNECT to the fake and records the target', async () => {
    fake = await startFakeJira();
    proxy = await startConnectProxy();
    const target = `127.0.0.1:${fake.port}`;
    const socket = await new Promise<import('node:net').Socket>((resolve, reject) => {
      const connect = request(proxy.url, { method: 'CONNECT', path: target, agent: false });
      connect.on('connect', (response, tunnel) => {
        expect(response.statusCode).toBe(200);
        resolve(tunnel);
      });
      connect.on('error', reject);
      connect.end();
    });
    const body = await new Promise<string>((resolve, reject) => {
      const tunnelled = request(
        `${fake.baseUrl}/rest/api/2/myself`,
        { headers: jsonHeaders(`Bearer ${fake.pat}`), createConnection: () => socket },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8');
          });
          response.on('end', () => resolve(`${response.statusCode} ${text}`));
        },
      );
      tunnelled.on('error', reject);
      tunnelled.end();
    });
    expect(body).toMatch(/^200 \{"self":.*"name":"demo"/);
    expect(proxy.connects).toEqual([target]);
    expect(fake.requests).toHaveLength(1);
  });

  it('forwards absolute-form plain HTTP requests', async () => {
    fake = await startFakeJira();
    proxy = await startConnectProxy();
    const proxyUrl = new URL(proxy.url);
    const status = await new Promise<number>((resolve, reject) => {
      const forwarded = request(
        {
          host: proxyUrl.hostname,
          port: proxyUrl.port,
          path: `${fake.baseUrl}/status`,
          agent: false,
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      forwarded.on('error', reject);
      forwarded.end();
    });
    expect(status).toBe(200);
    expect(proxy.forwarded).toEqual([`${fake.baseUrl}/status`]);
    expect(proxy.connects).toEqual([]);
  });

  it('closes promptly with a tunnel open', async () => {
    fake = await startFakeJira({ scenario: 'stall' });
    proxy = await startConnectProxy();
    await new Promise<void>((resolve) => {
      const connect = request(proxy.url, { method: 'CONNECT', path: `127.0.0.1:${fake.port}`, agent: false });
      connect.on('connect', (_response, tunnel) => {
        tunnel.on('error', () => {});
        resolve();
      });
      connect.end();
    });
    const started = performance.now();
    await proxy.close();
    expect(performance.now() - started).toBeLessThan(500);
  });
});
