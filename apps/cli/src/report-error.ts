import { toSfLinksError } from '@sf-links/core';
import type { CommandContext } from './command-context.js';
import { exitCodeFor } from './exit-code-for.js';
import { formatConfigError, formatDebugDetails, formatFailure, isConfigError } from './format-error.js';
import type { GlobalOptions } from './global-options.js';

/** Writes a failure to stderr (and its stack with --debug); returns its exit code. */
export function reportError(
  error: unknown,
  options: GlobalOptions,
  context: CommandContext,
  /** The issue the failure is about, when the error does not say. */
  issue?: string,
): number {
  const failure = toSfLinksError(error, issue);
  if (isConfigError(failure)) {
    context.io.stderr(formatConfigError(failure, context.flagsGiven, options.json === true));
  } else {
    context.io.stderr(formatFailure(failure.issue ?? issue, failure.code, failure.message));
  }
  if (options.debug) context.io.stderr(formatDebugDetails(failure));
  return exitCodeFor(failure.code);
}
