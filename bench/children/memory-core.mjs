// Child of figure 6: the big answers through core; prints peak RSS. Keeps every answer alive to the end.
import { createNodeClient } from '@sf-links/core/node';

const client = createNodeClient({
  env: {},
  overrides: { baseUrl: process.env.BENCH_BASE_URL, pat: process.env.BENCH_PAT },
});
const one = await client.listAssociations('BIG-1');
// lookupMany's default concurrency: what the MCP tool (up to 50 issues) and the CLI get.
const batch = await client.lookupMany(Array.from({ length: 50 }, (_, index) => `BIG-${index + 1}`));
await client.close();
const links = batch.reduce((sum, result) => sum + (result.associations?.length ?? 0), one.length);
if (links !== 51_000) throw new Error(`expected 51,000 links, got ${links}`);
process.stdout.write(JSON.stringify({ maxRssMegabytes: process.resourceUsage().maxRSS / 1024, links }));
