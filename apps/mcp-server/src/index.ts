// Public surface: build the server in code and connect it to any SDK transport.

export type { CreateServerOptions } from './create-server.js';
export { createServer } from './create-server.js';
export { createUnconfiguredClient } from './create-unconfigured-client.js';
export type { CountedIssueSuccess, ToolIssueResult, ToolResults } from './result-schemas.js';
export { countedIssueSuccessSchema, toolIssueResultSchema, toolResultsShape } from './result-schemas.js';
export type { HttpServerOptions, RunningHttpServer } from './start-http-server.js';
export { startHttpServer } from './start-http-server.js';
export { version } from './version.js';
