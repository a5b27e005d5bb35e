import { configVariables } from '@sf-links/core';

// Core's hints name the environment variables the CLI reads; in n8n the same values live in the
// credential and the node's options, so name those instead.
const fieldOf: Record<string, string> = {
  [configVariables.baseUrl]: "the credential's Base URL",
  [configVariables.pat]: "the credential's Personal Access Token",
  [configVariables.username]: "the credential's Username",
  [configVariables.password]: "the credential's Password",
  [configVariables.salesforceBaseUrl]: 'the Salesforce Base URL option',
  [configVariables.timeoutMs]: 'the Timeout option',
  [configVariables.allowInsecureHttp]: 'the credential\'s "Allow Unencrypted HTTP" switch',
};

// `JIRA_ALLOW_INSECURE_HTTP=true` reads as "turn on the switch": the value goes with the variable.
const variablePattern = new RegExp(`(${Object.keys(fieldOf).join('|')})(?:=true)?`, 'g');

/** The text with every configuration variable replaced by the n8n field that holds it. */
export function toN8nWording(text: string): string {
  return text.replace(variablePattern, (match, variable: string) => fieldOf[variable] ?? match);
}
