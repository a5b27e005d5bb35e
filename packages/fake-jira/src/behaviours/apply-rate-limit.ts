import { acceptsJson } from '../server/accepts-json.js';
import type { RequestContext } from '../server/request-context.js';
import { sendHtml } from '../server/send-html.js';
import { sendJson } from '../server/send-json.js';

/**
 * Takes a token from the user's bucket (behaviour 15) and sets the rate-limit headers. Returns `true` to
 * go on, or answers 429 and returns `false`.
 */
export function applyRateLimit(context: RequestContext, username: string): boolean {
  const limiter = context.state.rateLimiter;
  if (limiter === null) return true;
  const decision = limiter.take(username);
  const { response } = context;
  response.setHeader('X-RateLimit-Limit', limiter.settings.capacity);
  response.setHeader('X-RateLimit-Remaining', decision.remaining);
  response.setHeader('X-RateLimit-FillRate', limiter.settings.fillRate);
  response.setHeader('X-RateLimit-Interval-Seconds', limiter.settings.intervalSeconds);
  response.setHeader('Retry-After', decision.retryAfterSeconds);
  if (decision.allowed) return true;
  if (acceptsJson(context.request)) sendJson(response, 429, { message: 'Rate limit exceeded.' });
  else sendHtml(response, 429, 'HTTP Status 429 – Too Many Requests', 'Rate limit exceeded.');
  return false;
}
