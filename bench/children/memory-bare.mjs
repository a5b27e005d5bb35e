// Child of figure 6, the floor: the same requests with bare undici.request + JSON.parse; prints peak RSS.
import { Agent, request } from 'undici';

const agent = new Agent({ connections: 32, keepAliveTimeout: 30_000 });
const path = '/rest/com.servicerocket.jira.salesforce/1.0/api/external/associations';
const headers = {
  accept: 'application/json',
  'content-type': 'application/json',
  'x-atlassian-token': 'no-check',
  'user-agent': 'bench',
  authorization: `Bearer ${process.env.BENCH_PAT}`,
};
async function get(key) {
  const response = await request(`${process.env.BENCH_BASE_URL}${path}?jiraIssueIdOrKey=${key}`, {
    headers,
    dispatcher: agent,
  });
  return JSON.parse(await response.body.text());
}
const one = await get('BIG-1');
const batch = await Promise.all(Array.from({ length: 50 }, (_, index) => get(`BIG-${index + 1}`)));
await agent.close();
const links = batch.reduce((sum, list) => sum + list.length, one.length);
if (links !== 51_000) throw new Error(`expected 51,000 links, got ${links}`);
process.stdout.write(JSON.stringify({ maxRssMegabytes: process.resourceUsage().maxRSS / 1024, links }));
