import { type PassThrough, startPassThrough } from './start-pass-through.js';

export type ReadBackBreaker = PassThrough;

/**
 * A pass-through in front of a Jira that breaks every GET after the first POST went through: the
 * write succeeds and its read-back gets a body that is not JSON (INVALID_RESPONSE, never retried).
 * The fake cannot fail one method only, hence this stand-in for a Jira that falls over mid-call.
 */
export async function startReadBackBreaker(targetBaseUrl: string): Promise<ReadBackBreaker> {
  let posted = false;
  return startPassThrough(targetBaseUrl, {
    intercept: (incoming, outgoing) => {
      if (!posted || incoming.method !== 'GET') return false;
      outgoing.writeHead(200, { 'content-type': 'application/json' }).end('{"broken');
      return true;
    },
    onAnswer: (incoming, status) => {
      if (incoming.method === 'POST' && status < 300) posted = true;
    },
  });
}
