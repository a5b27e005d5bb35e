// Figure 3's floor: what `sf-links --json <issue>` does, with nothing but one undici request.
import { request } from 'undici';

const issue = process.argv[2];
const response = await request(
  `${process.env.JIRA_BASE_URL}/rest/com.servicerocket.jira.salesforce/1.0/api/external/associations?jiraIssueIdOrKey=${encodeURIComponent(issue)}`,
  {
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      'x-atlassian-token': 'no-check',
      'user-agent': 'bench',
      authorization: `Bearer ${process.env.JIRA_PAT}`,
    },
  },
);
const associations = JSON.parse(await response.body.text());
process.stdout.write(`${JSON.stringify([{ issue, associations }], null, 2)}\n`);
