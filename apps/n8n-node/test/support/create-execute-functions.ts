import {
  type ICredentialDataDecryptedObject,
  type ICredentialType,
  type IDataObject,
  type IExecuteFunctions,
  type IHttpRequestOptions,
  type INode,
  type INodeExecutionData,
  type JsonObject,
  NodeApiError,
} from 'n8n-workflow';
import { SfLinksJiraBasicApi } from '../../credentials/SfLinksJiraBasicApi.credentials';
import { SfLinksJiraPatApi } from '../../credentials/SfLinksJiraPatApi.credentials';
// The transport lives in a .mts file: n8n-node lint (which lints **/*.ts, this file included) forbids
// node:http and timers in anything it sees, as it would in node code.
import { type RawResponse, send } from './send-raw.mjs';

/** A parameter value, or a function of the item index standing in for an n8n expression. */
export type ParameterValue = unknown | ((itemIndex: number) => unknown);

export interface ExecuteFunctionsOptions {
  items: IDataObject[];
  parameters: Record<string, ParameterValue>;
  credentials: Record<string, ICredentialDataDecryptedObject>;
  continueOnFail?: boolean;
  /** The node's "On Error" setting; `continueErrorOutput` implies Continue On Fail. */
  onError?: INode['onError'];
  /** Called once Jira answered a request, before the node sees the answer: lets a test change the fake between calls. */
  afterResponse?: (request: SentRequest, status: number) => void;
}

/** Every HTTP call the node made through the helper, for assertions. */
export interface SentRequest {
  credentialType: string;
  options: IHttpRequestOptions;
}

const credentialTypes: Record<string, ICredentialType> = {
  sfLinksJiraPatApi: new SfLinksJiraPatApi(),
  sfLinksJiraBasicApi: new SfLinksJiraBasicApi(),
};

/**
 * Resolves the `={{ $credentials.x }}` templates of `authenticate`, as n8n's expression engine would.
 * Only the forms our credentials use are known; any other fails loudly so a change cannot go unseen.
 */
function resolveTemplate(template: string, credentials: ICredentialDataDecryptedObject): string {
  if (!template.startsWith('=')) return template;
  return template.slice(1).replace(/\{\{(.+?)\}\}/g, (_match, expression: string) => {
    const form = /^\s*\$credentials\.(\w+)(\.trim\(\))?\s*$/.exec(expression);
    if (!form?.[1]) throw new Error(`unsupported expression in authenticate: ${expression}`);
    const value = String(credentials[form[1]] ?? '');
    return form[2] ? value.trim() : value;
  });
}

/** Applies a credential type's declarative `authenticate` to a request, as n8n's credentials helper does. */
function authenticate(
  type: ICredentialType,
  credentials: ICredentialDataDecryptedObject,
  headers: Record<string, string>,
): void {
  const generic = type.authenticate;
  if (!generic || typeof generic === 'function') throw new Error(`${type.name} has no generic authenticate`);
  for (const [name, value] of Object.entries(generic.properties.headers ?? {})) {
    headers[name.toLowerCase()] = resolveTemplate(String(value), credentials);
  }
  const auth = generic.properties.auth;
  if (auth) {
    const pair = `${resolveTemplate(auth.username, credentials)}:${resolveTemplate(auth.password, credentials)}`;
    headers.authorization = `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
  }
}

/**
 * A minimal but real IExecuteFunctions: parameters per item, credentials by type, and an
 * `httpRequestWithAuthentication` that applies the credential type's `authenticate` and sends the
 * request over the network with Node's http/https — the boundary n8n would cross, nothing of ours mocked.
 */
export function createExecuteFunctions(options: ExecuteFunctionsOptions): {
  functions: IExecuteFunctions;
  sent: SentRequest[];
} {
  const node: INode = {
    id: 'sf-links-test',
    name: 'SF Links',
    type: 'n8n-nodes-sf-links.sfLinks',
    typeVersion: 1,
    position: [0, 0],
    parameters: {},
    onError: options.onError,
  };
  const sent: SentRequest[] = [];
  const items: INodeExecutionData[] = options.items.map((json) => ({ json }));

  async function httpRequestWithAuthentication(credentialType: string, request: IHttpRequestOptions) {
    sent.push({ credentialType, options: request });
    const type = credentialTypes[credentialType];
    const credentials = options.credentials[credentialType];
    if (!type || !credentials) throw new Error(`no credentials of type ${credentialType}`);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers ?? {}))
      headers[name.toLowerCase()] = String(value);
    authenticate(type, credentials, headers);
    let response: RawResponse;
    try {
      response = await send(request, headers);
    } catch (error) {
      // n8n wraps the transport's error the same way: the original, with its code, becomes `cause`.
      throw new NodeApiError(node, error as JsonObject);
    }
    options.afterResponse?.({ credentialType, options: request }, response.status);
    if (!request.ignoreHttpStatusErrors && (response.status < 200 || response.status > 299)) {
      throw new NodeApiError(
        node,
        { message: `HTTP ${response.status}` },
        { httpCode: String(response.status) },
      );
    }
    const { body } = response;
    return request.returnFullResponse
      ? { body, headers: response.headers, statusCode: response.status, statusMessage: response.statusText }
      : body;
  }

  function getNodeParameter(name: string, itemIndex: number, fallback?: unknown): unknown {
    if (!(name in options.parameters)) {
      if (fallback !== undefined) return fallback;
      throw new Error(`parameter ${name} not set`);
    }
    const value = options.parameters[name];
    return typeof value === 'function' ? (value as (index: number) => unknown)(itemIndex) : value;
  }

  const functions = {
    getInputData: () => items,
    getNode: () => node,
    getNodeParameter,
    continueOnFail: () => options.continueOnFail ?? options.onError !== undefined,
    async getCredentials(type: string) {
      const credentials = options.credentials[type];
      if (!credentials) throw new Error(`no credentials of type ${type}`);
      return credentials;
    },
    helpers: { httpRequestWithAuthentication },
  } as unknown as IExecuteFunctions;
  return { functions, sent };
}
