import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface SentRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** CA to trust for HTTPS. */
  ca?: string;
}

export interface ReceivedResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One raw request (no redirects followed, no default headers added beyond Host), for the tests. */
export function sendRequest(url: string, options: SentRequest = {}): Promise<ReceivedResponse> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers = { ...options.headers };
  if (options.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(options.body));
  return new Promise((resolve, reject) => {
    const request = send(
      target,
      { method: options.method ?? 'GET', headers, agent: false, ca: options.ca },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** The associations endpoint path `P`. */
export const associationsPath = '/rest/com.servicerocket.jira.salesforce/1.0/api/external/associations';

/** Headers of a well-behaved client. */
export function jsonHeaders(authorization: string): Record<string, string> {
  return {
    Authorization: authorization,
    Accept: 'application/json',
    'Content-Type': 'application/json',
    'X-Atlassian-Token': 'no-check',
    'User-Agent': 'sf-links/0.0.0',
  };
}

/** `Basic base64(user:password)`. */
export function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}
