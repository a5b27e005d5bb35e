import { EventEmitter } from 'node:events';
import { rootCertificates } from 'node:tls';
import { Agent, type Dispatcher, EnvHttpProxyAgent, errors, request } from 'undici';
import { ConnectionError, type ConnectionFailureReason } from '../errors/connection-error.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import type { HttpResponse, Transport } from '../http/http-types.js';
import { proxyFor, type UsedProxy } from './proxy-for.js';

export interface UndiciTransportOptions {
  /**
   * Deadline of each phase: connecting, the response headers (from the request's sending), and the
   * body (between chunks, and in all from the request's start). A hung Jira fails in about this long.
   */
  timeoutMs: number;
  /** Extra PEM certificates trusted besides the system roots (JIRA_CA_FILE, NODE_EXTRA_CA_CERTS). */
  extraCaCertificates?: string[];
  /** false disables certificate checks (JIRA_TLS_REJECT_UNAUTHORIZED=false). */
  tlsRejectUnauthorized?: boolean;
  /** Proxies; when all are undefined no proxy is used. */
  proxy?: { httpProxy?: string; httpsProxy?: string; noProxy?: string };
  /** Largest body read; a bigger one is refused as INVALID_RESPONSE. Default 8 MiB. */
  maxBodyBytes?: number;
  /** Keep-alive connections per origin. Default 32. */
  connections?: number;
}

export interface UndiciTransport {
  transport: Transport;
  /** Closes the keep-alive pool so the process can exit. */
  close(): Promise<void>;
}

const networkCodes: Record<string, ConnectionFailureReason> = {
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset',
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
};

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR_ABORTED') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * TLS spoken to a server that answers plain HTTP: OpenSSL reads the start of an HTTP answer as a
 * TLS record ("wrong version number"; older versions "packet length too long" or "http request").
 */
function isPlainHttpAnswer(error: unknown): boolean {
  const code = errorCode(error) ?? '';
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG') return true;
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    if (/wrong version number|packet length too long|ssl3_get_record:http request/i.test(current.message)) {
      return true;
    }
    current = current.cause;
  }
  return false;
}

function reasonFor(error: unknown, timedOut: boolean): ConnectionFailureReason {
  if (timedOut) return 'timeout';
  if (error instanceof errors.RequestAbortedError) return 'other';
  const code = errorCode(error) ?? '';
  if (code in networkCodes) return networkCodes[code] as ConnectionFailureReason;
  if (isPlainHttpAnswer(error)) return 'tls';
  if (
    code.startsWith('ERR_TLS') ||
    code.includes('CERT') ||
    code.startsWith('UNABLE_TO') ||
    code.includes('SELF_SIGNED')
  )
    return 'tls';
  if (code === 'UND_ERR_PROXY' || /proxy/i.test(String((error as Error)?.message))) return 'proxy';
  return 'other';
}

const reasonDetails: Record<ConnectionFailureReason, { detail: string; hint: string }> = {
  timeout: { detail: 'did not answer in time', hint: 'Check that Jira is up, or raise JIRA_TIMEOUT_MS.' },
  reset: {
    detail: 'closed the connection',
    hint: 'Try again; if it persists, check the proxy or load balancer.',
  },
  refused: {
    detail: 'refused the connection',
    hint: 'Check JIRA_BASE_URL (host and port) and that Jira is running.',
  },
  dns: {
    detail: 'could not be found (DNS)',
    hint: 'Check the host name in JIRA_BASE_URL, or set HTTPS_PROXY.',
  },
  tls: {
    detail: 'presented a certificate that is not trusted',
    hint: "Set JIRA_CA_FILE to your company's CA bundle (PEM).",
  },
  proxy: {
    detail: 'could not be reached through the proxy',
    hint: 'Check HTTPS_PROXY / HTTP_PROXY / NO_PROXY.',
  },
  other: { detail: 'could not be reached', hint: 'Check JIRA_BASE_URL and your network.' },
};

const proxyHint = 'Check HTTPS_PROXY / HTTP_PROXY / NO_PROXY';

/**
 * What to say about a failure. Through a proxy, the connection that was refused or not found is the
 * proxy's (undici connects to it, not to Jira), so the proxy is named — host:port only, since its
 * URL may carry credentials — and the variables that chose it.
 */
function describeFailure(
  error: unknown,
  reason: ConnectionFailureReason,
  host: string,
  proxy: UsedProxy | undefined,
  timeoutMs: number,
): { detail: string; hint: string } {
  const { detail, hint } = reasonDetails[reason];
  if (reason === 'timeout') return { detail: `Jira at ${host} ${detail} (${timeoutMs} ms).`, hint };
  if (reason === 'tls' && isPlainHttpAnswer(error)) {
    return {
      detail: `Jira at ${host} answered in plain HTTP, not TLS, to an https:// request.`,
      hint: 'If Jira serves http, use http:// in JIRA_BASE_URL (check the port).',
    };
  }
  if (proxy) {
    const named = `the proxy ${proxy.host} (${proxy.variable})`;
    const check = `${proxyHint}: the proxy must run at that address, or NO_PROXY must list ${new URL(`http://${host}`).hostname} if Jira is reached without one.`;
    if (reason === 'refused') {
      return {
        detail: `Jira at ${host} could not be reached: ${named} refused the connection.`,
        hint: check,
      };
    }
    if (reason === 'dns') {
      return {
        detail: `Jira at ${host} could not be reached: ${named} could not be found (DNS).`,
        hint: check,
      };
    }
    if (reason === 'other' || reason === 'proxy') {
      return { detail: `Jira at ${host} could not be reached through ${named}.`, hint: check };
    }
  }
  return { detail: `Jira at ${host} ${detail}.`, hint };
}

/** Only error messages need the host: parsed then, not on every request. */
function hostOf(url: string): string {
  return new URL(url).host;
}

function toHeaderRecord(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const record: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined)
      record[name.toLowerCase()] = typeof value === 'string' ? value : value.join(', ');
  }
  return record;
}

/**
 * The body as text, or undefined past `maxBytes`; gives up once `deadline` (ms since the epoch) has
 * passed, so a body that trickles in just under the between-chunks timeout cannot last forever.
 * Plain 'data' events: an async iterator costs extra ticks per response.
 */
function readCappedBody(
  body: Dispatcher.ResponseData['body'],
  maxBytes: number,
  deadline: number,
): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    body.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        body.destroy();
        resolve(undefined);
        return;
      }
      if (Date.now() > deadline) {
        body.destroy();
        reject(new BodyDeadlineError());
        return;
      }
      chunks.push(chunk);
    });
    body.once('end', () => {
      resolve(
        chunks.length === 1
          ? (chunks[0] as Buffer).toString('utf8')
          : Buffer.concat(chunks, size).toString('utf8'),
      );
    });
    body.once('error', reject);
  });
}

/** The body outlived the whole-request deadline (mapped to TIMEOUT). */
class BodyDeadlineError extends Error {}

/**
 * The Node transport: one keep-alive agent, proxies from the environment, extra CAs, a whole-request
 * deadline, no redirects followed (a redirect may point at an SSO host and must never receive the
 * credentials), and a capped body read.
 */
export function createUndiciTransport(options: UndiciTransportOptions): UndiciTransport {
  const maxBodyBytes = options.maxBodyBytes ?? 8 * 1024 * 1024;
  const connect: Record<string, unknown> = { timeout: options.timeoutMs };
  if (options.extraCaCertificates?.length) connect.ca = [...rootCertificates, ...options.extraCaCertificates];
  if (options.tlsRejectUnauthorized === false) connect.rejectUnauthorized = false;
  const proxy = options.proxy ?? {};
  const agentOptions = {
    connections: options.connections ?? 32,
    keepAliveTimeout: 30_000,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connect,
  };
  const usesProxy = Boolean(proxy.httpProxy || proxy.httpsProxy);
  const agent: Dispatcher = usesProxy
    ? new EnvHttpProxyAgent({
        ...agentOptions,
        // Empty strings, not undefined: undefined would make undici read process.env itself.
        httpProxy: proxy.httpProxy ?? '',
        httpsProxy: proxy.httpsProxy ?? '',
        noProxy: proxy.noProxy ?? '',
        requestTls: connect,
        proxyTls: connect.ca ? { ca: connect.ca } : undefined,
      } as ConstructorParameters<typeof EnvHttpProxyAgent>[0])
    : new Agent(agentOptions);

  // Deadlines are undici's own per-phase timers (connect, headers, body; set on the agent above),
  // which it runs for every request anyway, plus a whole-body check in the reader: a timer and an
  // abort signal of our own per request cost ~5% of the throughput at thousands of requests a second
  // (pnpm bench, figure 1). undici's timers tick about once a second, fine for the default 10 s but
  // coarse for a short JIRA_TIMEOUT_MS, which therefore gets a precise timer of its own.
  const preciseDeadline = options.timeoutMs < 2_000;

  const transport: Transport = async (httpRequest, signal) => {
    if (signal?.aborted) throw signal.reason;
    const started = Date.now();
    let timedOut = false;
    let deadline: ReturnType<typeof setTimeout> | undefined;
    let onCallerAbort: (() => void) | undefined;
    let abort: EventEmitter | AbortSignal | undefined = signal;
    if (preciseDeadline) {
      // undici accepts an EventEmitter as its signal: cheaper than an AbortController, and clearable
      // unlike AbortSignal.timeout().
      const emitter = new EventEmitter();
      deadline = setTimeout(() => {
        timedOut = true;
        emitter.emit('abort');
      }, options.timeoutMs);
      onCallerAbort = () => emitter.emit('abort');
      signal?.addEventListener('abort', onCallerAbort, { once: true });
      abort = emitter;
    }
    try {
      const response = await request(httpRequest.url, {
        method: httpRequest.method,
        headers: httpRequest.headers,
        body: httpRequest.body,
        dispatcher: agent,
        signal: abort,
      });
      const body = await readCappedBody(response.body, maxBodyBytes, started + options.timeoutMs);
      if (body === undefined) {
        const host = hostOf(httpRequest.url);
        throw new InvalidResponseError({
          status: response.statusCode,
          detail: `Jira at ${host} sent a response larger than ${Math.ceil(maxBodyBytes / 1024)} KiB.`,
          hint: 'Check that JIRA_BASE_URL points at Jira itself.',
          host,
        });
      }
      const result: HttpResponse = {
        status: response.statusCode,
        headers: toHeaderRecord(response.headers),
        body,
      };
      return result;
    } catch (error) {
      if (InvalidResponseError.isInstance(error)) throw error;
      if (signal?.aborted) throw signal.reason;
      const host = hostOf(httpRequest.url);
      const reason = reasonFor(error, timedOut || error instanceof BodyDeadlineError);
      const used = usesProxy ? proxyFor(httpRequest.url, proxy) : undefined;
      const { detail, hint } = describeFailure(error, reason, host, used, options.timeoutMs);
      throw new ConnectionError({
        reason,
        detail,
        hint,
        host,
        cause: error,
      });
    } finally {
      if (deadline) clearTimeout(deadline);
      if (onCallerAbort) signal?.removeEventListener('abort', onCallerAbort);
    }
  };

  return { transport, close: () => agent.close() };
}
