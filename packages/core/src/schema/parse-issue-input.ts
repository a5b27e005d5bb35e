import { InvalidInputError } from '../errors/invalid-input-error.js';

/** A parsed issue reference: what is sent as `jiraIssueIdOrKey`. */
export interface IssueReference {
  /** Normalised key (upper case) or numeric id; also the label shown to users. */
  idOrKey: string;
  kind: 'key' | 'id';
  /** The host of a pasted browse URL, so the client can refuse a link to another Jira. */
  host?: string;
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
  return reference?.kind === 'key' ? { ...reference, host: url.host } : undefined;
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
 * The reference, or INVALID_INPUT when it is a browse URL of another Jira than `host` (the host of
 * JIRA_BASE_URL): looking its key up here would show another issue's records.
 */
export function checkIssueHost(reference: IssueReference, host: string): IssueReference {
  if (reference.host && reference.host.toLowerCase() !== host.toLowerCase()) {
    throw new InvalidInputError(
      `The link to ${reference.idOrKey} points at the Jira on ${reference.host}, but sf-links is set up for ${host}.`,
      `Give the key (${reference.idOrKey}) to look it up on ${host}, or point JIRA_BASE_URL at ${reference.host}.`,
    );
  }
  return reference;
}
