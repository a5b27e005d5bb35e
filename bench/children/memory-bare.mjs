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
// 32 in flight, as core's lookupMany does by default.
const batch = new Array(50);
let next = 0;
await Promise.all(
  Array.from({ length: 32 }, async () => {
    while (next < batch.length) {
      const index = next;
      next += 1;
      batch[index] = await get(`BIG-${index + 1}`);
    }
  }),
);
await agent.close();
const links = batch.reduce((sum, list) => sum + list.length, one.length);
if (links !== 51_000) throw new Error(`expected 51,000 links, got ${links}`);
process.stdout.write(JSON.stringify({ maxRssMegabytes: process.resourceUsage().maxRSS / 1024, links }));
