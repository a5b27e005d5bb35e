import { createPrivateKey, X509Certificate } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestCertificates } from './create-test-certificates.js';
import type { FakeJira } from './fake-jira.js';
import { startFakeJira } from './start-fake-jira.js';
import { jsonHeaders, sendRequest } from './test-support/send-request.js';

describe('createTestCertificates and HTTPS', () => {
  let fake: FakeJira | undefined;
  afterEach(async () => {
    await fake?.close();
  });

  it('issues a server certificate for 127.0.0.1 and localhost signed by the CA, once per process', () => {
    const certificates = createTestCertificates();
    const ca = new X509Certificate(certificates.ca);
    const server = new X509Certificate(certificates.cert);
    expect(ca.ca).toBe(true);
    expect(server.verify(ca.publicKey)).toBe(true);
    expect(server.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(server.checkHost('localhost')).toBe('localhost');
    expect(server.checkPrivateKey(createPrivateKey(certificates.key))).toBe(true);
    expect(createTestCertificates()).toEqual(certificates);
  });

  it('serves HTTPS that a client trusting the CA accepts', async () => {
    const { ca, key, cert } = createTestCertificates();
    fake = await startFakeJira({ tls: { key, cert } });
    expect(fake.baseUrl).toBe(`https://127.0.0.1:${fake.port}`);
    const response = await sendRequest(`${fake.baseUrl}/rest/api/2/myself`, {
      headers: jsonHeaders(`Bearer ${fake.pat}`),
      ca,
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).name).toBe('demo');
  });

  it('is refused by a client that does not trust the CA', async () => {
    const { key, cert } = createTestCertificates();
    fake = await startFakeJira({ tls: { key, cert } });
    await expect(sendRequest(`${fake.baseUrl}/status`)).rejects.toMatchObject({
      code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    });
  });
});
