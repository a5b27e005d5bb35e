import { SfLinksError } from './sf-links-error.js';

/**
 * Any thrown value as an SfLinksError, so every surface can render `{ code, message }`.
 * Unknown failures become INTERNAL with a generic message: their text may hold anything.
 */
export function toSfLinksError(error: unknown, issue?: string): SfLinksError {
  if (SfLinksError.isInstance(error)) return error;
  return new SfLinksError({
    code: 'INTERNAL',
    detail: issue ? `Unexpected failure while looking up ${issue}.` : 'Unexpected failure.',
    hint: 'Run again with --debug and report it at the sf-links issue tracker.',
    issue,
    cause: error,
  });
}
