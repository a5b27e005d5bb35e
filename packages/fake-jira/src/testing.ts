export type { TestCertificates } from './create-test-certificates.js';
export { createTestCertificates } from './create-test-certificates.js';
export type { ConnectProxy } from './start-connect-proxy.js';
export { startConnectProxy } from './start-connect-proxy.js';
export type { PassThrough, PassThroughOptions } from './start-pass-through.js';
export { startPassThrough } from './start-pass-through.js';
export type { ReadBackBreaker } from './start-read-back-breaker.js';
export { startReadBackBreaker } from './start-read-back-breaker.js';
