import type { webApi } from '@slack/bolt';
import { Agent, type Dispatcher, EnvHttpProxyAgent, fetch } from 'undici';
import type { ProxySettings } from '../settings/slack-settings.js';

/**
 * The dispatcher for the app's own outbound calls (response URLs; in Socket Mode also Slack's API
 * and the WebSocket): the proxy from HTTPS_PROXY / HTTP_PROXY / NO_PROXY, as core's Jira transport
 * uses it, else a plain keep-alive agent.
 */
export function createOutboundDispatcher(proxy: ProxySettings): Dispatcher {
  if (!proxy.httpProxy && !proxy.httpsProxy) return new Agent();
  return new EnvHttpProxyAgent({
    // Empty strings, not undefined: undefined would make undici read process.env itself.
    httpProxy: proxy.httpProxy ?? '',
    httpsProxy: proxy.httpsProxy ?? '',
    noProxy: proxy.noProxy ?? '',
  });
}

/** Thrown when the response URL has not answered in time; the request has been aborted by then. */
export class ResponseUrlTimeoutError extends Error {
  readonly code = 'RESPONSE_URL_TIMEOUT';

  constructor(timeoutMs: number) {
    super(`Slack's response URL did not answer within ${timeoutMs / 1000} s`);
    this.name = 'ResponseUrlTimeoutError';
  }
}

/**
 * The `fetch` Bolt's `respond()` posts replies with (`clientOptions.fetch`; Bolt 5 otherwise uses the
 * global fetch, which ignores proxies and has no timeout): through `dispatcher`, and aborted — socket
 * closed — once `timeoutMs` have passed without an answer.
 */
export function createResponseUrlFetch(dispatcher: Dispatcher, timeoutMs: number): webApi.FetchFunction {
  return async (url, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal as AbortSignal, deadline]) : deadline;
    try {
      const response = await fetch(url, { ...(init as Parameters<typeof fetch>[1]), dispatcher, signal });
      return response as unknown as Awaited<ReturnType<webApi.FetchFunction>>;
    } catch (error) {
      if (deadline.aborted) throw new ResponseUrlTimeoutError(timeoutMs);
      throw error;
    }
  };
}
