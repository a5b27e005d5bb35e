import { defaultCallDeadlineMs } from './default-call-deadline.js';

/** Settings of this app only; Jira settings are read by core's loader (`@sf-links/core/node`). */
export interface ServerEnvironment {
  /** `SF_LINKS_ENABLE_WRITES=true` registers `add_salesforce_associations`. */
  enableWrites: boolean;
  /** `SF_LINKS_MCP_HTTP_TOKEN`: bearer token the `--http` endpoint requires, when set. */
  httpToken: string | undefined;
  /** `SF_LINKS_MCP_DEADLINE_MS`: most time one lookup call takes (default 45000). */
  callDeadlineMs: number;
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
  const deadline = env.SF_LINKS_MCP_DEADLINE_MS?.trim() ?? '';
  let callDeadlineMs = defaultCallDeadlineMs;
  if (deadline !== '') {
    if (/^[1-9][0-9]*$/.test(deadline)) callDeadlineMs = Number(deadline);
    else {
      warnings.push(
        `SF_LINKS_MCP_DEADLINE_MS must be a whole number of milliseconds; using ${defaultCallDeadlineMs}.`,
      );
    }
  }
  return { enableWrites, httpToken: token === '' ? undefined : token, callDeadlineMs, warnings };
}
