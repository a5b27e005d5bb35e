import { defaultHttpPort } from './parse-arguments.js';

/** `sf-links-mcp --help`. */
export const helpText = `sf-links-mcp — MCP server: the Salesforce records linked to Jira Data Center issues

Usage:
  sf-links-mcp                    serve MCP over stdio (what MCP clients launch)
  sf-links-mcp --http [--host 127.0.0.1] [--port ${defaultHttpPort}] [--allowed-host name[:port],...]
                                  serve Streamable HTTP at http://<host>:<port>/mcp (stateless)
  sf-links-mcp --doctor           check the configuration, Jira and the add-on, then exit
  sf-links-mcp --version | --help

Environment:
  JIRA_BASE_URL                   Jira DC base URL with its context path (required)
  JIRA_PAT                        Personal Access Token (or JIRA_USERNAME + JIRA_PASSWORD)
  SALESFORCE_BASE_URL             org URL, to add record links (optional)
  JIRA_TIMEOUT_MS, JIRA_MAX_RETRIES, JIRA_CA_FILE, JIRA_TLS_REJECT_UNAUTHORIZED,
  JIRA_ALLOW_INSECURE_HTTP, HTTPS_PROXY, NO_PROXY, NODE_EXTRA_CA_CERTS
  SF_LINKS_ENABLE_WRITES=true     also offer add_salesforce_associations
  SF_LINKS_MCP_HTTP_TOKEN         bearer token required by --http (recommended off loopback)
  SF_LINKS_MCP_DEADLINE_MS        most time one lookup call takes, ms (default 45000)

Tools: get_salesforce_associations (read-only); add_salesforce_associations (writes enabled only).
Logs and warnings go to stderr; stdout carries only MCP messages.
`;
