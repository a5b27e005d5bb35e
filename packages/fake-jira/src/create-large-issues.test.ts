import { describe, expect, it } from 'vitest';
import { createLargeIssues } from './create-large-issues.js';
import { startFakeJira } from './start-fake-jira.js';

describe('createLargeIssues', () => {
  it('seeds BIG-n issues whose records the fake serves in full', async () => {
    const issues = createLargeIssues({ count: 2, links: 1000 });
    expect(issues.map((issue) => [issue.id, issue.key])).toEqual([
      ['900001', 'BIG-1'],
      ['900002', 'BIG-2'],
    ]);
    expect(new Set(issues[1]?.associations?.map((association) => association.soid)).size).toBe(1000);
    const fake = await startFakeJira();
    try {
      for (const issue of issues) fake.seedIssue(issue);
      const response = await fetch(
        `${fake.baseUrl}/rest/com.servicerocket.jira.salesforce/1.0/api/external/associations?jiraIssueIdOrKey=BIG-2`,
        { headers: { authorization: `Bearer ${fake.pat}`, accept: 'application/json' } },
      );
      const body = (await response.json()) as Array<{ jiraIssueId: string; soid: string }>;
      expect(body).toHaveLength(1000);
      expect(body[999]).toMatchObject({ jiraIssueId: '900002', soid: '500000100000999' });
    } finally {
      await fake.close();
    }
  });
});
