import { InvalidInputError } from '../errors/invalid-input-error.js';

/** A parsed issue reference: what is sent as `jiraIssueIdOrKey`. */
export interface IssueReference {
  /** Normalised key (upper case) or numeric id; also the label shown to users. */
  idOrKey: string;
  kind: 'key' | 'id';
  /**
   * For a pasted browse URL: the Jira it belongs to (host and context path, no scheme, lower-case
   * host), so the client can refuse a link to another Jira.
   */
  jira?: string;
}

// Jira caps project keys at 255 characters; issue numbers fit in 18 digits.
const keyPattern = /^[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}$/;
const idPattern = /^[1-9][0-9]{0,17}$/;
export const acceptedIssueForms =
  'an issue key (PROJ-123), a numeric issue id (11816) or a Jira browse URL (https://jira.example.com/browse/PROJ-123)';

function fromBareValue(value: string): IssueReference | undefined {
  const upper = value.toUpperCase();
  if (keyPattern.test(upper)) return { idOrKey: upper, kind: 'key' };
  if (idPattern.test(value)) return { idOrKey: value, kind: 'id' };
  return undefined;
}

/** Host and context path, the way two URLs of one Jira agree (the scheme may differ behind TLS). */
function jiraLocation(host: string, contextPath: string): string {
  return `${host.toLowerCase()}${contextPath.replace(/\/+$/, '')}`;
}

function fromBrowseUrl(value: string): IssueReference | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  // The context path may come before /browse/, and a trailing slash may follow the key.
  const match = /\/browse\/([^/]+)\/?$/.exec(url.pathname);
  if (!match?.[1]) return undefined;
  let key: string;
  try {
    key = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  const reference = fromBareValue(key);
  if (reference?.kind !== 'key') return undefined;
  return { ...reference, jira: jiraLocation(url.host, url.pathname.slice(0, match.index)) };
}

/** Parses one issue as a user typed it (contract §2); throws InvalidInputError before any request. */
export function parseIssueInput(input: string): IssueReference {
  const value = input.trim();
  const reference = value.includes('://') ? fromBrowseUrl(value) : fromBareValue(value);
  if (reference) return reference;
  // Echo a bounded, one-line, quoted form: the input may be huge or hold line breaks.
  const shown = JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  throw new InvalidInputError(
    value === '' ? 'No issue given.' : `${shown} is not a Jira issue.`,
    `Give ${acceptedIssueForms}.`,
  );
}

/**
 * The reference, or INVALID_INPUT when it is a browse URL of another Jira than `jiraBaseUrl` (other
 * host, or other context path on the same host): looking its key up here would show another issue.
 */
export function checkIssueOnJira(reference: IssueReference, jiraBaseUrl: string): IssueReference {
  if (!reference.jira) return reference;
  const base = new URL(jiraBaseUrl);
  const configured = jiraLocation(base.host, base.pathname);
  if (reference.jira === configured) return reference;
  throw new InvalidInputError(
    `The link to ${reference.idOrKey} points at the Jira at ${reference.jira}, but sf-links is set up for ${configured}.`,
    `Give the key (${reference.idOrKey}) to look it up on ${configured}, or point JIRA_BASE_URL at the other Jira.`,
  );
}
