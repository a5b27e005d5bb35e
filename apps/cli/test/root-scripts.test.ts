import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
};

// Regression: `pnpm sf-links` and `pnpm fake-jira` ran dist/ directly and failed on a fresh clone
// before any build. Each root script that runs a built file builds it first, and sends the build's
// output to stderr so that `pnpm -s sf-links --json …` prints nothing but the JSON on stdout.
describe('root scripts that run a built file', () => {
  it.each([
    ['sf-links', '@sf-links/cli...', 'node apps/cli/dist/sf-links.js'],
    ['demo', '@sf-links/cli...', 'node apps/cli/dist/sf-links.js --demo'],
    ['fake-jira', '@sf-links/fake-jira', 'node packages/fake-jira/dist/bin.js'],
  ])('pnpm %s builds %s first, output on stderr, then runs it', (name, filter, command) => {
    expect(manifest.scripts[name]).toBe(
      `turbo run build --filter=${filter} --output-logs=errors-only 1>&2 && ${command}`,
    );
  });
});
