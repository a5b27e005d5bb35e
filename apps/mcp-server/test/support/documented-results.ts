/**
 * What `get_salesforce_associations` answers for ["11816", "11817"] against the fake's seed (no
 * Salesforce base URL): the vendor's documented Case records, as the server sent them.
 */
export const documentedResults = {
  results: [
    {
      issue: '11816',
      count: 1,
      associations: [
        {
          jiraIssueId: '11816',
          son: 'Case',
          soid: '500J80000019IF9IAM',
          viewOnly: false,
          autoPush: true,
          autoPull: true,
        },
      ],
    },
    {
      issue: '11817',
      count: 1,
      associations: [
        {
          jiraIssueId: '11817',
          son: 'Case',
          soid: '500J80107019IG9ILM',
          viewOnly: false,
          autoPush: false,
          autoPull: true,
        },
      ],
    },
  ],
};
