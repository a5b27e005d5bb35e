import {
  createAuth,
  type FailureContext,
  type HttpRequest,
  type HttpResponse,
  resolveConfig,
} from '@sf-links/core';
import type { IExecuteFunctions } from 'n8n-workflow';
import { sendThroughN8n } from './send-through-n8n';

/** The credential types, by the value of the node's Authentication parameter. */
export const credentialTypeOf = {
  personalAccessToken: 'sfLinksJiraPatApi',
  basicAuth: 'sfLinksJiraBasicApi',
} as const;

export type AuthenticationMethod = keyof typeof credentialTypeOf;

/** Jira as one item of the node sees it: where it is, and how to send core's requests there. */
export interface JiraConnection {
  baseUrl: string;
  salesforceBaseUrl: string | undefined;
  contextFor(operation: FailureContext['operation'], issue?: string): FailureContext;
  send(request: HttpRequest, context: FailureContext): Promise<HttpResponse>;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Reads the credential and the item's options and checks them with core's resolver, so a bad Base
 * URL or Salesforce URL is reported as CONFIG before any request. Plain http:// to another machine
 * needs the credential's "Allow Unencrypted HTTP" (JIRA_ALLOW_INSECURE_HTTP everywhere else).
 */
export async function createJiraConnection(
  functions: IExecuteFunctions,
  itemIndex: number,
  options: { salesforceBaseUrl: string; timeoutMs: number },
): Promise<JiraConnection> {
  const authentication = functions.getNodeParameter('authentication', itemIndex) as AuthenticationMethod;
  const credentialType = credentialTypeOf[authentication] ?? credentialTypeOf.personalAccessToken;
  const credentials = await functions.getCredentials(credentialType, itemIndex);
  const isPat = credentialType === credentialTypeOf.personalAccessToken;
  const config = resolveConfig({
    baseUrl: text(credentials.baseUrl),
    pat: isPat ? text(credentials.accessToken) : undefined,
    username: isPat ? undefined : text(credentials.username),
    password: isPat ? undefined : text(credentials.password),
    salesforceBaseUrl: options.salesforceBaseUrl,
    timeoutMs: options.timeoutMs,
    allowInsecureHttp: credentials.allowInsecureHttp === true,
  });
  // Only for messages: n8n's helper adds the Authorization header from the credential type.
  const auth = createAuth(config.credentials);
  const sendOptions = {
    credentialType,
    ignoreSslIssues: credentials.ignoreSslIssues === true,
    timeoutMs: config.timeoutMs,
  };
  return {
    baseUrl: config.baseUrl,
    salesforceBaseUrl: config.salesforceBaseUrl,
    contextFor: (operation, issue) => ({
      operation,
      issue,
      host: config.host,
      authKind: auth.kind,
      redact: auth.redact,
    }),
    send: (request, context) => sendThroughN8n(functions, request, context, sendOptions),
  };
}
