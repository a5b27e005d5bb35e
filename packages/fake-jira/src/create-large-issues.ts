import type { SeedIssueInput } from './fake-jira.js';

/**
 * Issues `BIG-1` … `BIG-<count>` (ids from 900001), each holding `links` Case records, for tests of
 * big answers (Slack's block limits, memory benchmarks). Record ids are valid 15-character ids.
 */
export function createLargeIssues(options: { count: number; links: number }): SeedIssueInput[] {
  return Array.from({ length: options.count }, (_, issueIndex) => {
    const id = String(900_001 + issueIndex);
    return {
      id,
      key: `BIG-${issueIndex + 1}`,
      associations: Array.from({ length: options.links }, (_, linkIndex) => ({
        jiraIssueId: id,
        son: 'Case',
        soid: `500${String(issueIndex).padStart(4, '0')}${String(linkIndex).padStart(8, '0')}`,
        viewOnly: linkIndex % 3 === 0,
        autoPush: linkIndex % 2 === 0,
        autoPull: true,
      })),
    };
  });
}
