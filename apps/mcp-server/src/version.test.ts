import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import * as publicSurface from './index.js';
import { version } from './version.js';

it('keeps version equal to package.json', () => {
  const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  expect(version).toBe(packageJson.version);
});

it('exports exactly the public surface', () => {
  expect(Object.keys(publicSurface).sort()).toEqual([
    'countedIssueSuccessSchema',
    'createServer',
    'createUnconfiguredClient',
    'startHttpServer',
    'toolIssueResultSchema',
    'toolResultsShape',
    'version',
  ]);
});
