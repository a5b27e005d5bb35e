/** Settings of this app only; Jira settings are read by core's loader (`@sf-links/core/node`). */
export interface ServerEnvironment {
  /** `SF_LINKS_ENABLE_WRITES=true` registers `add_salesforce_associations`. */
  enableWrites: boolean;
  /** `SF_LINKS_MCP_HTTP_TOKEN`: bearer token the `--http` endpoint requires, when set. */
  httpToken: string | undefined;
  /** Problems to print on stderr; a bad value never enables writes. */
  warnings: string[];
}

/** The only place this app reads environment variables. */
export function readServerEnv(env: NodeJS.ProcessEnv = process.env): ServerEnvironment {
  const warnings: string[] = [];
  const writes = env.SF_LINKS_ENABLE_WRITES?.trim().toLowerCase() ?? '';
  const enableWrites = ['true', '1', 'yes'].includes(writes);
  if (writes !== '' && !enableWrites && !['false', '0', 'no'].includes(writes)) {
    warnings.push('SF_LINKS_ENABLE_WRITES must be true or false; the write tool stays disabled.');
  }
  const token = env.SF_LINKS_MCP_HTTP_TOKEN?.trim();
  return { enableWrites, httpToken: token === '' ? undefined : token, warnings };
}
