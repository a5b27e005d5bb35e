import {
  ConnectionError,
  type ConnectionFailureReason,
  type FailureContext,
  type HttpRequest,
  type HttpResponse,
} from '@sf-links/core';
import type { IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

/** How the node reaches Jira: n8n's HTTP helper with the chosen credential type. */
export interface SendOptions {
  credentialType: string;
  ignoreSslIssues: boolean;
  timeoutMs: number;
}

// No 'proxy': n8n's helper applies its proxy settings itself, and a failing proxy shows only as the
// refused, reset or timed-out connection its error codes name: nothing marks it as the proxy's.
type ConnectionFailure = Exclude<ConnectionFailureReason, 'proxy'>;

// n8n's helper wraps the transport's error in a NodeApiError and may swap its message for a
// generic one ("The service refused the connection…"); the original text stays in `messages`.
// Both forms are recognised: the error codes and n8n's own wording of them.
const reasonPatterns: [ConnectionFailure, RegExp][] = [
  [
    'timeout',
    /ECONNABORTED|ETIMEDOUT|ESOCKETTIMEDOUT|timeout of \d+ ?ms exceeded|connection timed out|connection was aborted/i,
  ],
  ['refused', /ECONNREFUSED|refused the connection/i],
  ['dns', /ENOTFOUND|EAI_AGAIN|incorrect host/i],
  ['reset', /ECONNRESET|EPIPE|socket hang up|closed unexpectedly/i],
  ['tls', /certificate|CERT_|ERR_TLS|SSL routines|self[- ]signed/i],
  ['other', /EHOSTUNREACH|ENETUNREACH|host is unreachable/i],
];

const reasonText: Record<ConnectionFailure, { detail: string; hint: string }> = {
  timeout: {
    detail: 'did not answer in time',
    hint: 'Check that Jira is up, raise the Timeout option, or turn on Retry On Fail in the node settings.',
  },
  reset: {
    detail: 'closed the connection',
    hint: 'Try again (Retry On Fail in the node settings); if it persists, check the proxy or load balancer.',
  },
  refused: { detail: 'refused the connection', hint: "Check the credential's Base URL (host and port)." },
  dns: { detail: 'could not be found (DNS)', hint: "Check the host name in the credential's Base URL." },
  tls: {
    detail: 'presented a certificate that n8n does not trust',
    hint: "Give n8n your company's CA (NODE_EXTRA_CA_CERTS on the n8n server), or turn on Ignore SSL Issues in the credential.",
  },
  other: {
    detail: 'could not be reached',
    hint: "Check the credential's Base URL and the network of the n8n server.",
  },
};

/** Every text and code of an error and its causes, where a network failure shows. */
function errorTexts(error: unknown): string[] {
  const texts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const record = current as { code?: unknown; message?: unknown; messages?: unknown; cause?: unknown };
    for (const value of [
      record.code,
      record.message,
      ...(Array.isArray(record.messages) ? record.messages : []),
    ]) {
      if (typeof value === 'string') texts.push(value);
    }
    current = record.cause;
  }
  return texts;
}

/** Why no HTTP answer came, or undefined when the error is not a network failure. */
function connectionFailureOf(error: unknown): ConnectionFailure | undefined {
  const text = errorTexts(error).join('\n');
  return reasonPatterns.find(([, pattern]) => pattern.test(text))?.[0];
}

function headerRecord(headers: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  if (!headers || typeof headers !== 'object') return record;
  for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    record[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return record;
}

function bodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (body === undefined || body === null) return '';
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  return JSON.stringify(body);
}

/**
 * A network failure as core's ConnectionError; anything else (no credential, a cancelled
 * execution) is n8n's own error and is returned unchanged.
 */
function toConnectionError(error: unknown, context: FailureContext, options: SendOptions): unknown {
  const reason = connectionFailureOf(error);
  if (!reason) return error;
  const text = reasonText[reason];
  const subject = context.issue ? ` while handling ${context.issue}` : '';
  const timeout = reason === 'timeout' ? ` (${options.timeoutMs} ms)` : '';
  return new ConnectionError({
    reason,
    detail: `Jira at ${context.host} ${text.detail}${timeout}${subject}.`,
    hint: text.hint,
    host: context.host,
    issue: context.issue,
  });
}

/**
 * Sends one of core's requests through `httpRequestWithAuthentication` and hands core the raw
 * answer: status errors are not thrown (core classifies them), the body stays text (core parses
 * it), redirects are not followed (a redirect means a login gateway). No retries here: a POST must
 * not repeat, and n8n's Retry On Fail setting covers the rest.
 */
export async function sendThroughN8n(
  functions: IExecuteFunctions,
  request: HttpRequest,
  context: FailureContext,
  options: SendOptions,
): Promise<HttpResponse> {
  const requestOptions: IHttpRequestOptions = {
    method: request.method,
    url: request.url,
    headers: { ...request.headers },
    body: request.body,
    json: false,
    encoding: 'text',
    returnFullResponse: true,
    ignoreHttpStatusErrors: true,
    disableFollowRedirect: true,
    skipSslCertificateValidation: options.ignoreSslIssues,
    timeout: options.timeoutMs,
  };
  // Failures are taken out of the promise, not caught: they are judged below, outside any catch.
  const outcome = await functions.helpers.httpRequestWithAuthentication
    .call(functions, options.credentialType, requestOptions)
    .then(
      (answer: { statusCode?: unknown; headers?: unknown; body?: unknown }) => ({ answer }),
      (error: unknown) => ({ error }),
    );
  if ('error' in outcome) throw toConnectionError(outcome.error, context, options);
  const { answer } = outcome;
  return {
    status: Number(answer.statusCode),
    headers: headerRecord(answer.headers),
    body: bodyText(answer.body),
  };
}
