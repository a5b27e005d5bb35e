// Node-only pieces: the undici transport and the environment loader.

export type { NodeClientOptions } from './create-node-client.js';
export { createNodeClient } from './create-node-client.js';
export type { UndiciTransport, UndiciTransportOptions } from './create-undici-transport.js';
export { createUndiciTransport } from './create-undici-transport.js';
export type { NodeEnvironment } from './read-env.js';
export { readEnv } from './read-env.js';
