import { type Dispatcher, fetch } from 'undici';
import { SlackStartError } from './describe-start-failure.js';

/** The network error's own code (ECONNREFUSED, ENOTFOUND, …), for the one line we print. */
function causeCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : 'no answer';
}

/**
 * One unauthenticated `api.test` call before Socket Mode starts. Bolt's client retries
 * apps.connections.open about a hundred times — right for reconnecting after a blip, wrong at start,
 * where a refused connection or an unknown host will not fix itself: it fails here at once instead
 * of after the start timeout. Any HTTP answer, whatever its status, means Slack's API is reachable.
 */
export async function checkSlackReachable(
  apiUrl: string,
  dispatcher: Dispatcher,
  timeoutMs: number,
): Promise<void> {
  try {
    const response = await fetch(new URL('api.test', apiUrl), {
      method: 'POST',
      dispatcher,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
  } catch (error) {
    throw new SlackStartError(
      `Slack's API at ${apiUrl} could not be reached (${causeCode(error)}): check the network, HTTPS_PROXY / NO_PROXY, and SLACK_API_URL if set`,
      { cause: error },
    );
  }
}
