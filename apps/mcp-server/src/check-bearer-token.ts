import { createHash, timingSafeEqual } from 'node:crypto';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/**
 * True when the Authorization header carries exactly `Bearer <token>`. Both sides are hashed first so
 * the comparison takes the same time whatever the length or content of a wrong guess.
 */
export function checkBearerToken(header: string | undefined, token: string): boolean {
  const match = /^Bearer[ \t]+(.+)$/i.exec(header?.trim() ?? '');
  const given = match?.[1]?.trim() ?? '';
  return timingSafeEqual(digest(given), digest(token)) && given !== '';
}
