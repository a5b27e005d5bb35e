import { type ConfigInput, configVariables } from '@sf-links/core';

/** A non-secret setting also accepted as a flag; the flag's value wins over the variable's. */
interface ConfigFlag {
  option: Exclude<keyof ConfigInput, 'pat' | 'password'>;
  flags: string;
  description: string;
}

// Secrets (JIRA_PAT, JIRA_PASSWORD) have no flag on purpose: a value on the command line lands in
// the shell history and in `ps` output for every user of the machine.
export const configFlags: readonly ConfigFlag[] = [
  { option: 'baseUrl', flags: '--base-url <url>', description: 'Jira DC base URL, with its context path' },
  {
    option: 'username',
    flags: '--username <name>',
    description: 'Basic-auth user (password from JIRA_PASSWORD)',
  },
  {
    option: 'salesforceBaseUrl',
    flags: '--salesforce-base-url <url>',
    description: 'org URL, to link records',
  },
  { option: 'timeoutMs', flags: '--timeout-ms <ms>', description: 'per-request timeout (default 10000)' },
  {
    option: 'maxRetries',
    flags: '--max-retries <count>',
    description: 'retries for 429/5xx/resets (default 2; 0: none at all)',
  },
  { option: 'caFile', flags: '--ca-file <path>', description: 'PEM bundle trusted besides the system CAs' },
  {
    option: 'allowInsecureHttp',
    flags: '--allow-insecure-http',
    description: 'allow http:// to a remote host',
  },
  {
    option: 'tlsRejectUnauthorized',
    flags: '--tls-reject-unauthorized <true|false>',
    description: 'false skips certificate checks for Jira',
  },
];

/** The flag behind a variable, to name both in a configuration problem. */
export function flagForVariable(variable: string): string | undefined {
  const flag = configFlags.find((candidate) => configVariables[candidate.option] === variable);
  return flag?.flags.split(' ')[0];
}

/** The config flags the user gave, as core's overrides (core validates them with the env's rules). */
export function configOverrides(options: Record<string, unknown>): ConfigInput {
  const overrides: Record<string, unknown> = {};
  for (const { option } of configFlags) {
    if (options[option] !== undefined) overrides[option] = options[option];
  }
  return overrides as ConfigInput;
}
