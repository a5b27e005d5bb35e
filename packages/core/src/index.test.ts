import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from './index.js';
import * as node from './node/index.js';
import { version } from './version.js';

describe('public surface', () => {
  // A new export is a visible decision: update this list on purpose.
  it('exports exactly these names from the root entry', () => {
    expect(Object.keys(core).sort()).toMatchInlineSnapshot(`
      [
        "ApiError",
        "ConfigError",
        "ConnectionError",
        "InvalidInputError",
        "InvalidResponseError",
        "SfLinksError",
        "associationSchema",
        "associationsPath",
        "buildAddAssociationsRequest",
        "buildListAssociationsRequest",
        "buildMyselfRequest",
        "checkIssueOnJira",
        "checkWriteIntent",
        "configVariables",
        "correctedSalesforceId",
        "createAuth",
        "createClient",
        "errorCodes",
        "findFlagsNotApplied",
        "isIssueFailure",
        "isValidSalesforceId",
        "issueErrorSchema",
        "issueFailureSchema",
        "issueResultSchema",
        "issueSuccessSchema",
        "newAssociationSchema",
        "objectNameForId",
        "parseAddAssociationsResponse",
        "parseIssueInput",
        "parseListAssociationsResponse",
        "parseMyselfResponse",
        "requestHeaders",
        "resolveConfig",
        "salesforceRecordUrl",
        "toReadBackError",
        "toSalesforceId18",
        "toSfLinksError",
        "validateNewAssociations",
        "version",
      ]
    `);
  });

  it('exports exactly these names from @sf-links/core/node', () => {
    expect(Object.keys(node).sort()).toMatchInlineSnapshot(`
      [
        "createNodeClient",
        "createUndiciTransport",
        "readEnv",
      ]
    `);
  });

  it('the root entry stays runtime-neutral: no node: or undici import anywhere under it', () => {
    const seen = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      const source = readFileSync(new URL(path, import.meta.url), 'utf8');
      expect(source, path).not.toMatch(/from '(?:node:|undici)/);
      for (const match of source.matchAll(/from '(\.[^']+)\.js'/g)) {
        visit(new URL(`${match[1]}.ts`, new URL(path, import.meta.url)).href);
      }
    };
    visit(new URL('./index.ts', import.meta.url).href);
    expect(seen.size).toBeGreaterThan(10);
  });

  it('sends the version of package.json in the User-Agent', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(version).toBe(manifest.version);
    expect(core.requestHeaders['user-agent']).toBe(`sf-links/${manifest.version}`);
  });
});
