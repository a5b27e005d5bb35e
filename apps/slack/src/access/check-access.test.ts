import { parseIssueInput } from '@sf-links/core';
import { describe, expect, it } from 'vitest';
import type { AccessPolicy } from '../settings/slack-settings.js';
import { checkIssues, checkOrigin, projectOf } from './check-access.js';

const anyone = { kind: 'anyone' } as const;
const only = (...values: string[]) => ({ kind: 'only', values: new Set(values) }) as const;
const origin = { teamId: 'T1', channelId: 'C1', userId: 'U1' };

describe('access control', () => {
  it('lets anyone through only where the admin wrote *', () => {
    const open: AccessPolicy = { teams: anyone, channels: anyone, users: anyone, projects: anyone };
    expect(checkOrigin(open, origin)).toEqual({ allowed: true });
    expect(checkIssues(open, [parseIssueInput('11816')])).toEqual({ allowed: true });
  });

  it('checks workspace (or its grid org), channel and user', () => {
    const policy: AccessPolicy = {
      teams: only('E9'),
      channels: only('C1'),
      users: only('U1'),
      projects: anyone,
    };
    expect(checkOrigin(policy, origin)).toEqual({ allowed: false, reason: 'team' });
    expect(checkOrigin(policy, { ...origin, enterpriseId: 'E9' })).toEqual({ allowed: true });
    expect(checkOrigin(policy, { ...origin, enterpriseId: 'E9', channelId: 'C2' })).toEqual({
      allowed: false,
      reason: 'channel',
    });
    expect(checkOrigin(policy, { ...origin, enterpriseId: 'E9', userId: 'U2' })).toEqual({
      allowed: false,
      reason: 'user',
    });
  });

  it('refuses keys of other projects and every numeric id when projects are listed', () => {
    const policy: AccessPolicy = {
      teams: anyone,
      channels: anyone,
      users: anyone,
      projects: only('SUP', 'SF_2'),
    };
    const issues = ['SUP-1', 'SF_2-7', 'HR-3', '11816'].map(parseIssueInput);
    expect(checkIssues(policy, issues)).toEqual({
      allowed: false,
      reason: 'project',
      issues: [issues[2], issues[3]],
    });
    expect(checkIssues(policy, issues.slice(0, 2))).toEqual({ allowed: true });
    expect(projectOf(parseIssueInput('SF_2-7'))).toBe('SF_2');
  });
});
