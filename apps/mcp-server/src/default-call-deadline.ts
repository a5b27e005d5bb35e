/**
 * Most time one `get_salesforce_associations` call takes by default: under the 60 s after which
 * common MCP clients give up on a call, with room left for the answer.
 */
export const defaultCallDeadlineMs = 45_000;
