import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
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

/** An error shaped like the axios error n8n's helper wraps: a `code` and axios's message. */
function networkError(error: unknown, timeoutMs: number | undefined): Error & { code: string } {
  if (timeoutMs !== undefined) {
    return Object.assign(new Error(`timeout of ${timeoutMs}ms exceeded`), { code: 'ECONNABORTED' });
  }
  const code = (error as { code?: unknown }).code;
  return Object.assign(new Error((error as Error).message), {
    code: typeof code === 'string' ? code : 'ECONNRESET',
  });
}

interface RawResponse {
  status: number;
  statusText: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One request with Node's own http/https, as axios sends it under n8n's helper: no redirect
 * followed (the node always asks for that), `timeout` for the whole exchange, and
 * `skipSslCertificateValidation` turning certificate checks off — n8n passes it on as
 * `rejectUnauthorized: false`, so a stand-in that ignored it would pass tests n8n would fail.
 */
function send(request: IHttpRequestOptions, headers: Record<string, string>): Promise<RawResponse> {
  if (request.disableFollowRedirect !== true) {
    throw new Error('the stand-in only sends requests with disableFollowRedirect: true');
  }
  const url = new URL(request.url);
  const body = typeof request.body === 'string' ? request.body : undefined;
  const timeoutMs = request.timeout ?? 300_000;
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const options = {
      method: request.method ?? 'GET',
      headers:
        body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
    };
    const onResponse = (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        clearTimeout(timer);
        resolve({
          status: response.statusCode ?? 0,
          statusText: response.statusMessage ?? '',
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
      });
    };
    const outgoing =
      url.protocol === 'https:'
        ? httpsRequest(
            url,
            { ...options, rejectUnauthorized: request.skipSslCertificateValidation !== true },
            onResponse,
          )
        : httpRequest(url, options, onResponse);
    const timer = setTimeout(() => {
      timedOut = true;
      outgoing.destroy();
    }, timeoutMs);
    outgoing.on('error', (error) => {
      clearTimeout(timer);
      reject(networkError(error, timedOut ? timeoutMs : undefined));
    });
    outgoing.end(body);
  });
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
