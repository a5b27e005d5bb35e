import { type IssueReference, parseIssueInput } from '@sf-links/core';
import { tokenizeCommandText, unwrapSlackToken } from './unwrap-slack-text.js';

/** Most issues one command may look up; more would not fit a readable reply. */
export const maxIssuesPerCommand = 10;

export type ParsedCommand =
  | { kind: 'help' }
  | { kind: 'lookup'; issues: IssueReference[]; share: boolean }
  /** Tokens that are not issues, as the user typed them (unescaped). */
  | { kind: 'not-issues'; tokens: string[] }
  | { kind: 'too-many'; count: number; max: number };

/**
 * `/sf-links <issue> [<issue> …] [share]`, `help`, or nothing (help). Issues in any form of contract
 * §2, or Slack's `<url|label>` form; duplicates (same Jira, same key or id) are looked up once, in
 * the order first given.
 */
export function parseCommandText(text: string, max = maxIssuesPerCommand): ParsedCommand {
  const tokens = tokenizeCommandText(text);
  if (tokens.length === 0 || tokens.some((token) => token.toLowerCase() === 'help')) return { kind: 'help' };
  let share = false;
  const issues = new Map<string, IssueReference>();
  const invalid: string[] = [];
  for (const token of tokens) {
    if (token.toLowerCase() === 'share') {
      share = true;
      continue;
    }
    const value = unwrapSlackToken(token);
    try {
      const reference = parseIssueInput(value);
      // Keyed on the Jira too (as core's lookupMany is): a pasted link to another Jira naming the same
      // key must stay in the list, so that it is refused, whichever comes first.
      const identity = `${reference.jira ?? ''}|${reference.idOrKey}`;
      if (!issues.has(identity)) issues.set(identity, reference);
    } catch {
      invalid.push(value);
    }
  }
  if (invalid.length > 0) return { kind: 'not-issues', tokens: invalid };
  if (issues.size === 0) return { kind: 'help' };
  if (issues.size > max) return { kind: 'too-many', count: issues.size, max };
  return { kind: 'lookup', issues: [...issues.values()], share };
}
