import { type IssueReference, type IssueResult, type SfLinksClient, SfLinksError } from '@sf-links/core';

/**
 * Stands in for the client when the configuration is invalid, so the server still starts and lists
 * its tools; every call answers CONFIG with what to set instead of the server failing to start.
 */
export function createUnconfiguredClient(problem: SfLinksError): SfLinksClient {
  const error = new SfLinksError({
    code: 'CONFIG',
    detail: problem.detail,
    hint: 'Set these variables in the "env" block of the MCP client\'s sf-links-mcp entry, then restart the server (see `sf-links-mcp --doctor`).',
  });
  const fail = (): never => {
    throw error;
  };
  const lookup = async (issue: string | IssueReference): Promise<IssueResult> => ({
    issue: typeof issue === 'string' ? issue.trim() : issue.idOrKey,
    error: { code: error.code, message: error.message },
  });
  return {
    baseUrl: '',
    host: '',
    salesforceBaseUrl: undefined,
    listAssociations: async () => fail(),
    lookup,
    lookupMany: async (issues) => Promise.all(issues.map((issue) => lookup(issue))),
    addAssociations: async () => fail(),
    whoAmI: async () => fail(),
    probeAddon: async () => fail(),
    close: async () => {},
  };
}
