import type { ConfigError, SfLinksError } from '@sf-links/core';
import { flagForVariable } from './config-flags.js';

/** Every configuration problem on its own line, naming the variable (and the flag, when one was given). */
export function configProblemLines(error: ConfigError, flagsGiven: ReadonlySet<string>): string[] {
  return error.problems.map((problem) => {
    const flag = flagForVariable(problem.variable);
    const name = flag && flagsGiven.has(flag) ? `${problem.variable} (${flag})` : problem.variable;
    return `${name}: ${problem.message}`;
  });
}

/** Every configuration problem in one sentence: for --json's error element and its stderr line. */
export function configErrorMessage(error: ConfigError, flagsGiven: ReadonlySet<string>): string {
  return `Invalid configuration (nothing was sent): ${configProblemLines(error, flagsGiven).join('; ')}.`;
}

/** A configuration error for stderr: one problem per line, or one line for --json runs. */
export function formatConfigError(
  error: ConfigError,
  flagsGiven: ReadonlySet<string>,
  oneLine: boolean,
): string {
  if (oneLine) return `sf-links: CONFIG: ${configErrorMessage(error, flagsGiven)}\n`;
  const lines = configProblemLines(error, flagsGiven).map((line) => `  ✗ ${line}`);
  return `sf-links: invalid configuration (nothing was sent):\n${lines.join('\n')}\nSet these variables (or the flags named; see sf-links --help) and try again.\n`;
}

/** One failure for stderr: code and message (which already names the issue and host and says what to do). */
export function formatFailure(label: string | undefined, code: string, message: string): string {
  return `✗ ${label ? `${label}: ` : ''}${message} [${code}]\n`;
}

/** With --debug: the stack and every cause, so a bug report has what it needs. Core redacted the texts. */
export function formatDebugDetails(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 8; depth += 1) {
    const text =
      current instanceof Error ? (current.stack ?? `${current.name}: ${current.message}`) : String(current);
    parts.push(depth === 0 ? `debug: ${text}` : `debug: caused by ${text}`);
    current = current instanceof Error ? current.cause : undefined;
  }
  return `${parts.join('\n')}\n`;
}

/** Recognised by shape, not `instanceof`, like every sf-links error. */
export function isConfigError(error: SfLinksError): error is ConfigError {
  return error.code === 'CONFIG' && Array.isArray((error as Partial<ConfigError>).problems);
}
