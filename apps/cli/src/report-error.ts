import { toSfLinksError } from '@sf-links/core';
import type { CommandContext } from './command-context.js';
import { exitCodeFor } from './exit-code-for.js';
import { formatConfigError, formatDebugDetails, formatFailure, isConfigError } from './format-error.js';
import type { GlobalOptions } from './global-options.js';

/** Writes a failure that is not one issue's result to stderr; returns its exit code. */
export function reportError(error: unknown, options: GlobalOptions, context: CommandContext): number {
  const failure = toSfLinksError(error);
  if (isConfigError(failure)) {
    context.io.stderr(formatConfigError(failure, context.flagsGiven, options.json === true));
  } else {
    context.io.stderr(formatFailure(failure.issue, failure.code, failure.message));
  }
  if (options.debug) context.io.stderr(formatDebugDetails(failure));
  return exitCodeFor(failure.code);
}
