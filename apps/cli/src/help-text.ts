/** Shown after the options in `sf-links --help`. */
export const helpText = `
Examples:
  sf-links SUP-42                              records linked to one issue, as a table
  sf-links SUP-42 11817 https://jira.example.com/browse/SUP-43 --json
  sf-links add SUP-42 Case:500J80000019IF9IAM --auto-push --auto-pull
  sf-links add SUP-42 --replace --yes          remove every link of SUP-42
  sf-links doctor                              check configuration, login and add-on
  sf-links --demo                              try it against a built-in fake Jira

Environment:
  JIRA_BASE_URL                 Jira DC base URL with its context path (required)
  JIRA_PAT                      Personal Access Token, sent as Bearer (recommended)
  JIRA_USERNAME, JIRA_PASSWORD  Basic auth, used only when no PAT is set
  SALESFORCE_BASE_URL           org URL used to link records (e.g. https://acme.my.salesforce.com)
  JIRA_TIMEOUT_MS               per-request timeout, default 10000
  JIRA_MAX_RETRIES              retries for 429/502/503/504 and resets, default 2 (0: none at all)
  JIRA_ALLOW_INSECURE_HTTP      allow http:// to a non-loopback host, default false
  JIRA_CA_FILE                  PEM bundle trusted besides the system CAs
  JIRA_TLS_REJECT_UNAUTHORIZED  false disables certificate checks for Jira (loud warning)
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY and NODE_EXTRA_CA_CERTS are honoured.
  Flags override the variables. Secrets (JIRA_PAT, JIRA_PASSWORD) are read from the environment only:
  on the command line they would land in your shell history and in \`ps\` output.

Exit codes:
  0 all issues succeeded (no links is a success)   2 invalid input, configuration or usage
  3 unauthorized or forbidden                       4 issue not found or add-on unavailable
  5 rate-limited, timeout or Jira unreachable       6 invalid response from Jira     1 anything else
  With several issues: the code of the first failing issue in input order.
`;
