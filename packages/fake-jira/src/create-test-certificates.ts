import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

/** A throwaway CA and a server key and certificate it signed, all PEM. */
export interface TestCertificates {
  /** The CA certificate to trust. */
  ca: string;
  /** The server's private key. */
  key: string;
  /** The server's certificate, for `127.0.0.1`, `::1` and `localhost`. */
  cert: string;
}

let cached: TestCertificates | undefined;

function createKeyPair(): {
  privateKey: forge.pki.rsa.PrivateKey;
  publicKey: forge.pki.rsa.PublicKey;
  pem: string;
} {
  // Node generates the RSA key natively (fast); node-forge only builds and signs the certificates.
  const pem = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs1', format: 'pem' })
    .toString();
  const privateKey = forge.pki.privateKeyFromPem(pem);
  return { privateKey, publicKey: forge.pki.setRsaPublicKey(privateKey.n, privateKey.e), pem };
}

function createCertificate(publicKey: forge.pki.rsa.PublicKey, commonName: string): forge.pki.Certificate {
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = publicKey;
  certificate.serialNumber = `01${randomBytes(8).toString('hex')}`;
  certificate.validity.notBefore = new Date(Date.now() - 60 * 60 * 1000);
  certificate.validity.notAfter = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  certificate.setSubject([{ name: 'commonName', value: commonName }]);
  return certificate;
}

/**
 * A throwaway CA (PEM) and a server key and certificate for 127.0.0.1 and localhost signed by it, so a
 * test can serve `startFakeJira({ tls })` and trust only that CA. Generated once per process.
 */
export function createTestCertificates(): TestCertificates {
  if (cached) return { ...cached };
  const caKeys = createKeyPair();
  const caCertificate = createCertificate(caKeys.publicKey, 'sf-links fake-jira test CA');
  caCertificate.setIssuer(caCertificate.subject.attributes);
  caCertificate.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  caCertificate.sign(caKeys.privateKey, forge.md.sha256.create());

  const serverKeys = createKeyPair();
  const serverCertificate = createCertificate(serverKeys.publicKey, 'localhost');
  serverCertificate.setIssuer(caCertificate.subject.attributes);
  serverCertificate.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 2, value: 'localhost' },
        { type: 7, ip: '127.0.0.1' },
        { type: 7, ip: '::1' },
      ],
    },
  ]);
  serverCertificate.sign(caKeys.privateKey, forge.md.sha256.create());

  cached = {
    ca: forge.pki.certificateToPem(caCertificate),
    key: serverKeys.pem,
    cert: forge.pki.certificateToPem(serverCertificate),
  };
  return { ...cached };
}
