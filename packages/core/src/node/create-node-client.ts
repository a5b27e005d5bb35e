import { readFileSync } from 'node:fs';
import type { CreateClientOptions, SfLinksClient } from '../client/client-types.js';
import { createClient } from '../client/create-client.js';
import type { ConfigInput } from '../config/config-input.js';
import { type ResolvedConfig, resolveConfig } from '../config/resolve-config.js';
import { ConfigError, type ConfigProblem } from '../errors/config-error.js';
import { withRetry } from '../http/with-retry.js';
import { createUndiciTransport } from './create-undici-transport.js';
import { type NodeEnvironment, readEnv } from './read-env.js';

export interface NodeClientOptions {
  /** Values that override the environment (CLI flags, code). */
  overrides?: ConfigInput;
  /** The environment to read; default `process.env`. Pass `{}` to ignore it. */
  env?: NodeJS.ProcessEnv;
  /** Where warnings go (insecure TLS); default stderr, never stdout. */
  onWarning?: (message: string) => void;
  /** Requests in flight per origin. Default 32. */
  connections?: number;
  /** See `CreateClientOptions.cacheTtlMs`. Default 0: only in-flight lookups are shared. */
  cacheTtlMs?: number;
}

/** The PEM certificates of JIRA_CA_FILE (plus NODE_EXTRA_CA_CERTS), or the problem with the file. */
function readCertificates(
  caFile: string | undefined,
  environment: NodeEnvironment,
): { certificates: string[] } | { problem: ConfigProblem } {
  if (caFile === undefined || caFile.trim() === '') return { certificates: [] };
  const path = caFile.trim();
  let bundle: string;
  try {
    bundle = readFileSync(path, 'utf8');
  } catch {
    return { problem: { variable: 'JIRA_CA_FILE', message: `cannot read ${path}` } };
  }
  if (!bundle.includes('-----BEGIN CERTIFICATE-----')) {
    return { problem: { variable: 'JIRA_CA_FILE', message: `${path} holds no PEM certificate` } };
  }
  const certificates = [bundle];
  // Giving a CA list replaces Node's defaults, which include NODE_EXTRA_CA_CERTS: keep those too.
  if (environment.nodeExtraCaCerts) {
    try {
      certificates.push(readFileSync(environment.nodeExtraCaCerts, 'utf8'));
    } catch {
      // Node itself already warned about an unreadable NODE_EXTRA_CA_CERTS at start.
    }
  }
  return { certificates };
}

/** resolveConfig, with the CA file's problems reported together with every other one. */
function resolveWithCertificates(input: ConfigInput, environment: NodeEnvironment) {
  const trust = readCertificates(input.caFile, environment);
  const fileProblems = 'problem' in trust ? [trust.problem] : [];
  let config: ResolvedConfig;
  try {
    config = resolveConfig(input);
  } catch (error) {
    if (ConfigError.isInstance(error)) throw new ConfigError([...error.problems, ...fileProblems]);
    throw error;
  }
  if ('problem' in trust) throw new ConfigError(fileProblems);
  return { config, certificates: trust.certificates };
}

/**
 * A client over the undici transport with retries, configured from the environment and overrides.
 * Throws ConfigError, listing every problem, before any request.
 */
export function createNodeClient(options: NodeClientOptions = {}): SfLinksClient {
  const environment = readEnv(options.env ?? process.env);
  const defined = Object.fromEntries(
    Object.entries(options.overrides ?? {}).filter(([, value]) => value !== undefined),
  ) as ConfigInput;
  const { config, certificates } = resolveWithCertificates(
    { ...environment.config, ...defined },
    environment,
  );
  const warn = options.onWarning ?? ((message: string) => process.stderr.write(`${message}\n`));
  // With http:// no certificate is involved (a proxy's own certificate is checked either way).
  if (!config.tlsRejectUnauthorized && config.baseUrl.startsWith('https:')) {
    warn(
      `WARNING: JIRA_TLS_REJECT_UNAUTHORIZED=false — certificates of ${config.host} are NOT checked; anyone on the network path can read the credentials. Use JIRA_CA_FILE instead.`,
    );
  }
  const undici = createUndiciTransport({
    timeoutMs: config.timeoutMs,
    extraCaCertificates: certificates,
    tlsRejectUnauthorized: config.tlsRejectUnauthorized,
    proxy: environment.proxy,
    connections: options.connections,
  });
  const clientOptions: CreateClientOptions = {
    config,
    transport: withRetry(undici.transport, { maxRetries: config.maxRetries }),
    onClose: undici.close,
    cacheTtlMs: options.cacheTtlMs,
  };
  return createClient(clientOptions);
}
