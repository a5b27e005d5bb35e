import {
  InvalidInputError,
  type IssueResult,
  isIssueFailure,
  parseIssueInput,
  toSfLinksError,
} from '@sf-links/core';
import type { CommandContext } from '../command-context.js';
import { exitCodeFor, successExitCode } from '../exit-code-for.js';
import { configErrorMessage, formatDebugDetails, formatFailure, isConfigError } from '../format-error.js';
import type { GlobalOptions } from '../global-options.js';
import { openClient } from '../open-client.js';
import { renderAssociations } from '../render-associations.js';
import { reportError } from '../report-error.js';

/** The exit code of the first failing issue in input order (contract §4), 0 when none failed. */
export function exitCodeOfResults(results: readonly IssueResult[]): number {
  const firstFailure = results.find(isIssueFailure);
  return firstFailure ? exitCodeFor(firstFailure.error.code) : successExitCode;
}

function render(results: readonly IssueResult[], options: GlobalOptions, context: CommandContext): void {
  if (options.json) {
    context.io.stdout(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const blocks: string[] = [];
  for (const result of results) {
    if (isIssueFailure(result)) {
      context.io.stderr(formatFailure(result.issue, result.error.code, result.error.message));
    } else {
      blocks.push(renderAssociations(result.issue, result.associations));
    }
  }
  if (blocks.length > 0) context.io.stdout(blocks.join('\n'));
}

/** An issue as its result names it: the key or id when the input parses, else the input as typed. */
function labelOf(issue: string): string {
  try {
    return parseIssueInput(issue).idOrKey;
  } catch {
    return issue.trim();
  }
}

/**
 * With --json, an invalid configuration still yields the one JSON document: every issue failed
 * with CONFIG (nothing was sent). The one-line diagnostic goes to stderr as usual.
 */
function reportOpenFailure(
  error: unknown,
  issues: readonly string[],
  options: GlobalOptions,
  context: CommandContext,
): number {
  const failure = toSfLinksError(error);
  if (options.json && isConfigError(failure)) {
    const configFailure = { code: failure.code, message: configErrorMessage(failure, context.flagsGiven) };
    const results: IssueResult[] = issues.map((issue) => ({ issue: labelOf(issue), error: configFailure }));
    context.io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  }
  return reportError(failure, options, context);
}

/** `sf-links <issue>...`: the records linked to each issue, as tables or one JSON array. */
export async function runLookupCommand(
  issues: readonly string[],
  options: GlobalOptions,
  context: CommandContext,
): Promise<number> {
  if (issues.length === 0 && !options.demo) {
    return reportError(
      new InvalidInputError(
        'No issue given.',
        'Give one or more issues, e.g. sf-links SUP-42 (see sf-links --help).',
      ),
      options,
      context,
    );
  }
  let opened: Awaited<ReturnType<typeof openClient>>;
  try {
    opened = await openClient(options, context);
  } catch (error) {
    return reportOpenFailure(error, issues, options, context);
  }
  try {
    const wanted = issues.length > 0 ? issues : (opened.demo?.issues ?? []);
    const results = await opened.client.lookupMany(wanted, {
      onError: options.debug ? (error) => context.io.stderr(formatDebugDetails(error)) : undefined,
    });
    render(results, options, context);
    return exitCodeOfResults(results);
  } catch (error) {
    return reportError(error, options, context);
  } finally {
    await opened.close();
  }
}
