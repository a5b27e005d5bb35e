import { ConfigError, type ConfigProblem } from '../errors/config-error.js';
import { type ConfigInput, configVariables } from './config-input.js';

/** Who the requests run as. Handed to the auth layer; never printed. */
export type Credentials =
  | { kind: 'pat'; token: string }
  | { kind: 'basic'; username: string; password: string };

/** Configuration after every check: what the client runs with. */
export interface ResolvedConfig {
  /** Base URL without a trailing slash, context path kept. */
  baseUrl: string;
  /** Host (and port) of the base URL, for messages. */
  host: string;
  /** Non-enumerable, so logging or serialising the config never shows a secret. */
  readonly credentials: Credentials;
  salesforceBaseUrl: string | undefined;
  timeoutMs: number;
  maxRetries: number;
  allowInsecureHttp: boolean;
  caFile: string | undefined;
  tlsRejectUnauthorized: boolean;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLoopback(hostname: string): boolean {
  return loopbackHosts.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

function blank(value: string | undefined): value is undefined {
  return value === undefined || value.trim() === '';
}

function readBoolean(
  value: boolean | string | undefined,
  fallback: boolean,
  variable: string,
  problems: ConfigProblem[],
): boolean {
  if (typeof value === 'boolean') return value;
  if (blank(value)) return fallback;
  const normalised = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(normalised)) return true;
  if (['false', '0', 'no'].includes(normalised)) return false;
  problems.push({ variable, message: 'must be true or false' });
  return fallback;
}

function readInteger(
  value: number | string | undefined,
  fallback: number,
  range: { min: number; max: number },
  variable: string,
  problems: ConfigProblem[],
): number {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return fallback;
  const number = typeof value === 'number' ? value : Number(value.trim());
  if (Number.isInteger(number) && number >= range.min && number <= range.max) return number;
  problems.push({ variable, message: `must be a whole number from ${range.min} to ${range.max}` });
  return fallback;
}

function readUrl(
  value: string,
  variable: string,
  example: string,
  problems: ConfigProblem[],
): URL | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    problems.push({ variable, message: `is not a URL (expected something like ${example})` });
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push({
      variable,
      message: `must start with https:// or http:// (expected something like ${example})`,
    });
    return undefined;
  }
  if (url.username || url.password) {
    problems.push({ variable, message: 'must not contain credentials; set JIRA_PAT instead' });
    return undefined;
  }
  return url;
}

function readBaseUrl(input: ConfigInput, allowInsecureHttp: boolean, problems: ConfigProblem[]) {
  const variable = configVariables.baseUrl;
  if (blank(input.baseUrl)) {
    problems.push({
      variable,
      message: 'is required (e.g. https://jira.example.com or https://example.com/jira)',
    });
    return undefined;
  }
  const url = readUrl(input.baseUrl, variable, 'https://jira.example.com', problems);
  if (!url) return undefined;
  if (url.search || url.hash) {
    problems.push({ variable, message: 'must not contain a query or fragment' });
    return undefined;
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname) && !allowInsecureHttp) {
    problems.push({
      variable,
      message:
        'uses http:// to a remote host, so credentials would travel in clear; use https:// or set JIRA_ALLOW_INSECURE_HTTP=true',
    });
    return undefined;
  }
  // A pasted browse URL or a trailing slash must not end up inside every request path.
  const path = url.pathname.replace(/\/+$/, '');
  return { baseUrl: `${url.origin}${path}`, host: url.host };
}

function readSecret(value: string | undefined, variable: string, problems: ConfigProblem[]) {
  if (blank(value)) return undefined;
  const trimmed = value.trim();
  // A line break or control character inside would corrupt the header; never echo the value.
  if ([...trimmed].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f)) {
    problems.push({ variable, message: 'contains a line break or control character; copy it again' });
    return undefined;
  }
  return trimmed;
}

function readCredentials(input: ConfigInput, problems: ConfigProblem[]): Credentials | undefined {
  const pat = readSecret(input.pat, configVariables.pat, problems);
  if (pat) return { kind: 'pat', token: pat };
  if (!blank(input.pat)) return undefined;
  const username = blank(input.username) ? undefined : input.username.trim();
  const password = readSecret(input.password, configVariables.password, problems);
  if (username && password) return { kind: 'basic', username, password };
  if (username && !password && blank(input.password)) {
    problems.push({
      variable: configVariables.password,
      message: `is required with ${configVariables.username}`,
    });
  } else if (!username && password) {
    problems.push({
      variable: configVariables.username,
      message: `is required with ${configVariables.password}`,
    });
  } else if (!username && blank(input.password)) {
    problems.push({
      variable: configVariables.pat,
      message: `is required (or ${configVariables.username} and ${configVariables.password}); create one in Jira under Profile → Personal Access Tokens`,
    });
  }
  return undefined;
}

/**
 * Checks a whole configuration at once. Throws a ConfigError that lists every problem, each naming
 * its variable and never its value.
 */
export function resolveConfig(input: ConfigInput): ResolvedConfig {
  const problems: ConfigProblem[] = [];
  const allowInsecureHttp = readBoolean(
    input.allowInsecureHttp,
    false,
    configVariables.allowInsecureHttp,
    problems,
  );
  const tlsRejectUnauthorized = readBoolean(
    input.tlsRejectUnauthorized,
    true,
    configVariables.tlsRejectUnauthorized,
    problems,
  );
  const base = readBaseUrl(input, allowInsecureHttp, problems);
  const credentials = readCredentials(input, problems);
  const timeoutMs = readInteger(
    input.timeoutMs,
    10_000,
    { min: 100, max: 600_000 },
    configVariables.timeoutMs,
    problems,
  );
  const maxRetries = readInteger(
    input.maxRetries,
    2,
    { min: 0, max: 10 },
    configVariables.maxRetries,
    problems,
  );
  let salesforceBaseUrl: string | undefined;
  if (!blank(input.salesforceBaseUrl)) {
    const url = readUrl(
      input.salesforceBaseUrl,
      configVariables.salesforceBaseUrl,
      'https://acme.my.salesforce.com',
      problems,
    );
    if (url) salesforceBaseUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  }
  const caFile = blank(input.caFile) ? undefined : input.caFile.trim();

  if (problems.length > 0 || !base || !credentials) throw new ConfigError(problems);
  const config = {
    baseUrl: base.baseUrl,
    host: base.host,
    salesforceBaseUrl,
    timeoutMs,
    maxRetries,
    allowInsecureHttp,
    caFile,
    tlsRejectUnauthorized,
  };
  Object.defineProperty(config, 'credentials', { value: credentials, enumerable: false });
  return config as ResolvedConfig;
}
