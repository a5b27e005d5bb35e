/** The vendor's documented GET response, trailing comma included (shared/fixtures/documented-get-response.txt). */
export const documentedGetResponse = `[
{
"jiraIssueId": "11816",
"son": "Case",
"soid": "500J80000019IF9IAM",
"viewOnly": false,
"autoPush": true,
"autoPull": true
},
{
"jiraIssueId": "11817",
"son": "Case",
"soid": "500J80107019IG9ILM",
"viewOnly": false,
"autoPush": false,
"autoPull": true
},
]`;
