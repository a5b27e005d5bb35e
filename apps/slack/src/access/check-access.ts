import type { IssueReference } from '@sf-links/core';
import { allows } from '../settings/allow-list.js';
import type { AccessPolicy } from '../settings/slack-settings.js';

/** Who sent the command and from where, as Slack says. */
export interface CommandOrigin {
  teamId: string;
  enterpriseId?: string | undefined;
  channelId: string;
  userId: string;
}

export type AccessDecision =
  | { allowed: true }
  | { allowed: false; reason: 'team' | 'channel' | 'user' }
  /** Issues outside the allowed projects; numeric ids when a project list is set (their project is unknown). */
  | { allowed: false; reason: 'project'; issues: IssueReference[] };

/** Who may ask: the workspace (or its Enterprise Grid org), the channel and the user must each be allowed. */
export function checkOrigin(policy: AccessPolicy, origin: CommandOrigin): AccessDecision {
  if (!allows(policy.teams, origin.teamId) && !allows(policy.teams, origin.enterpriseId)) {
    return { allowed: false, reason: 'team' };
  }
  if (!allows(policy.channels, origin.channelId)) return { allowed: false, reason: 'channel' };
  if (!allows(policy.users, origin.userId)) return { allowed: false, reason: 'user' };
  return { allowed: true };
}

/** The project of a key is the part before the last dash (`SF_2-7` → `SF_2`). */
export function projectOf(reference: IssueReference): string | undefined {
  return reference.kind === 'key'
    ? reference.idOrKey.slice(0, reference.idOrKey.lastIndexOf('-'))
    : undefined;
}

/**
 * What may be looked up. The add-on's answer does not say which project an id belongs to, so with a
 * project list set an id is refused before any request rather than checked afterwards.
 */
export function checkIssues(policy: AccessPolicy, issues: readonly IssueReference[]): AccessDecision {
  if (policy.projects.kind === 'anyone') return { allowed: true };
  const refused = issues.filter((issue) => !allows(policy.projects, projectOf(issue)));
  return refused.length === 0 ? { allowed: true } : { allowed: false, reason: 'project', issues: refused };
}
