/** Options every command accepts (commander parses them before and after the command name). */
export interface GlobalOptions {
  json?: boolean;
  demo?: boolean;
  debug?: boolean;
  baseUrl?: string;
  username?: string;
  salesforceBaseUrl?: string;
  timeoutMs?: string;
  maxRetries?: string;
  caFile?: string;
  allowInsecureHttp?: boolean;
  tlsRejectUnauthorized?: string;
}
