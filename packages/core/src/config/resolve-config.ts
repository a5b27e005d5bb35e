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

/** Path segments of Jira's own pages and APIs: never part of a base URL (context path). */
const jiraPageSegments = new Set(['browse', 'secure', 'rest', 'login.jsp']);
/**
 * Segments that start a Jira page only when more path follows (`/projects/SUP/issues/SUP-42`): on
 * their own they may well be a context path (`https://example.com/projects`), which must keep working.
 */
const jiraPageSegmentsWhenFollowed = new Set(['projects', 'issues', 'plugins', 'servicedesk']);

function startsJiraPage(segment: string, index: number, segments: string[]): boolean {
  if (index === 0) return false;
  if (jiraPageSegments.has(segment)) return true;
  return jiraPageSegmentsWhenFollowed.has(segment) && (segments[index + 1] ?? '') !== '';
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
  // A trailing slash must not end up inside every request path.
  const path = url.pathname.replace(/\/+$/, '');
  // A link to a page of Jira (an issue, an admin screen, a REST call) pasted as the base URL would
  // put its path in front of every request and fail later as a missing add-on: say so now.
  const segments = path.split('/');
  const page = segments.findIndex(startsJiraPage);
  if (page > 0) {
    const suggested = `${url.origin}${segments.slice(0, page).join('/')}`;
    problems.push({
      variable,
      message: `is a link to a page in Jira (…/${segments[page]}/…), not its base URL; set it to the part before /${segments[page]}/: ${suggested}`,
    });
    return undefined;
  }
  return { baseUrl: `${url.origin}${path}`, host: url.host };
}

// C0 controls, DEL and C1 controls: never part of a credential, and they break or corrupt headers.
const controlCharacter = /\p{Cc}/u;
// Half of a UTF-16 pair on its own: not text at all (UTF-8 would turn it into U+FFFD).
const loneSurrogate = /\p{Cs}/u;
// A token is visible ASCII only: a zero-width space, a non-breaking space or a smart quote pasted
// with it would otherwise reach the Authorization header and fail there as an unreachable Jira.
const tokenCharacters = /^[\u0021-\u007e]+$/;

function readPat(value: string | undefined, problems: ConfigProblem[]) {
  if (blank(value)) return undefined;
  const trimmed = value.trim();
  // Never echo the value, nor the offending character's position: it would give part of it away.
  if (controlCharacter.test(trimmed)) {
    problems.push({
      variable: configVariables.pat,
      message: 'contains a line break or control character; copy it again',
    });
    return undefined;
  }
  if (!tokenCharacters.test(trimmed)) {
    problems.push({
      variable: configVariables.pat,
      message:
        'contains a space or a character that cannot be in a token (non-ASCII, e.g. a zero-width or non-breaking space pasted with it); copy it again',
    });
    return undefined;
  }
  return trimmed;
}

function readUsername(value: string | undefined, problems: ConfigProblem[]) {
  if (blank(value)) return undefined;
  const trimmed = value.trim();
  const variable = configVariables.username;
  if (controlCharacter.test(trimmed) || loneSurrogate.test(trimmed)) {
    problems.push({ variable, message: 'contains a line break or control character; type it again' });
    return undefined;
  }
  // Basic sends "user:password": a colon in the name would move part of it into the password.
  if (trimmed.includes(':')) {
    problems.push({ variable, message: 'must not contain ":" (HTTP Basic cannot carry it in a user name)' });
    return undefined;
  }
  return trimmed;
}

/**
 * A Basic password may hold spaces and any non-ASCII text (sent as UTF-8, as Jira decodes it); only
 * control characters and broken UTF-16 are refused.
 */
function readPassword(value: string | undefined, problems: ConfigProblem[]) {
  if (blank(value)) return undefined;
  const trimmed = value.trim();
  if (controlCharacter.test(trimmed) || loneSurrogate.test(trimmed)) {
    problems.push({
      variable: configVariables.password,
      message: 'contains a line break or control character; copy it again',
    });
    return undefined;
  }
  return trimmed;
}

function readCredentials(input: ConfigInput, problems: ConfigProblem[]): Credentials | undefined {
  const pat = readPat(input.pat, problems);
  if (pat) return { kind: 'pat', token: pat };
  if (!blank(input.pat)) return undefined;
  const username = readUsername(input.username, problems);
  const password = readPassword(input.password, problems);
  if (username && password) return { kind: 'basic', username, password };
  if (username && !password && blank(input.password)) {
    problems.push({
      variable: configVariables.password,
      message: `is required with ${configVariables.username}`,
    });
  } else if (!username && password && blank(input.username)) {
    problems.push({
      variable: configVariables.username,
      message: `is required with ${configVariables.password}`,
    });
  } else if (!username && blank(input.username) && blank(input.password)) {
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
