import {
  type AddAssociationsResult,
  checkWriteIntent,
  InvalidInputError,
  type NewAssociation,
  parseIssueInput,
  SfLinksError,
  toSfLinksError,
} from '@sf-links/core';
import type { CommandContext } from '../command-context.js';
import { describeFlags } from '../describe-flags.js';
import { exitCodeFor } from '../exit-code-for.js';
import { configErrorMessage, formatDebugDetails, isConfigError } from '../format-error.js';
import type { GlobalOptions } from '../global-options.js';
import { openClient } from '../open-client.js';
import { parseRecord, type RecordFlags } from '../parse-record.js';
import { renderAssociations } from '../render-associations.js';
import { reportError } from '../report-error.js';

export interface AddOptions extends GlobalOptions {
  replace?: boolean;
  yes?: boolean;
  viewOnly?: boolean;
  autoPush?: boolean;
  autoPull?: boolean;
}

function summary(issue: string, count: number, replace: boolean): string {
  const records = count === 1 ? '1 record' : `${count} records`;
  // What the issue holds afterwards is the table below: a record may have been linked already.
  if (!replace) return `Sent ${records} to ${issue}.\n`;
  return count === 0
    ? `Removed every Salesforce link of ${issue}.\n`
    : `Replaced the links of ${issue} with ${records}.\n`;
}

/** The flags as typed, to repeat them in advice. */
function flagArguments(flags: RecordFlags): string {
  const typed = [
    flags.viewOnly && '--view-only',
    flags.autoPush && '--auto-push',
    flags.autoPull && '--auto-pull',
  ].filter(Boolean);
  return typed.length > 0 ? ` ${typed.join(' ')}` : '';
}

/**
 * Core decides which writes are refused (nothing to add, an unconfirmed replace with nothing); the
 * CLI only says which of its flags or arguments to type about it.
 */
function checkIntent(issue: string, records: readonly NewAssociation[], options: AddOptions): void {
  const replace = options.replace === true;
  try {
    checkWriteIntent(issue, records, { replace, confirmRemoveAll: options.yes === true });
  } catch (error) {
    if (!SfLinksError.isInstance(error)) throw error;
    throw new InvalidInputError(
      `${error.detail} Nothing was sent.`,
      replace
        ? 'Add --yes to confirm that, or give the records the issue should keep.'
        : `Give at least one record as Object:Id, e.g. sf-links add ${issue} Case:500J80000019IF9IAM.`,
    );
  }
}

/** Every input checked before any request (and before the configuration): the issue, each record, the intent. */
function readInput(issue: string, recordTexts: readonly string[], options: AddOptions) {
  const reference = parseIssueInput(issue);
  const flags: RecordFlags = {
    viewOnly: options.viewOnly === true,
    autoPush: options.autoPush === true,
    autoPull: options.autoPull === true,
  };
  const records = recordTexts.map((text, index) => parseRecord(text, flags, index + 1));
  checkIntent(reference.idOrKey, records, options);
  return { reference, records, flags };
}

/**
 * Records linked already with other flags kept theirs (the add-on changes flags only on replace).
 * Never suggests a bare --replace: it unlinks every record not given.
 */
function flagsNotAppliedNotes(result: AddAssociationsResult, flags: RecordFlags): string {
  if (result.flagsNotApplied.length === 0) return '';
  const lines = result.flagsNotApplied.map((record) => {
    const stored = result.associations.find((association) => association.soid === record.soid);
    const kept = stored ? describeFlags(stored) : 'unknown';
    return `Note: ${record.son} ${record.soid} was linked to ${result.issue} already and keeps its flags (${kept}); the flags given (${describeFlags(flags)}) were not applied.\n`;
  });
  lines.push(
    `To change the flags of a linked record, replace the links of ${result.issue} with the full list it should hold: sf-links add ${result.issue} <every record it should keep>${flagArguments(flags)} --replace (records left out are unlinked; the flags apply to every record given).\n`,
  );
  return lines.join('');
}

/** `sf-links add <issue> <Object>:<id>...`: links records, then shows what the issue holds. */
export async function runAddCommand(
  issue: string,
  recordTexts: readonly string[],
  options: AddOptions,
  context: CommandContext,
): Promise<number> {
  let label = issue.trim();
  const fail = (error: unknown): number => {
    const failure = toSfLinksError(error, label);
    // --json keeps its promise of one JSON document, in the shape of a lookup element; a
    // configuration error also keeps its one-line diagnostic on stderr.
    if (options.json) {
      const message = isConfigError(failure)
        ? configErrorMessage(failure, context.flagsGiven)
        : failure.message;
      context.io.stdout(
        `${JSON.stringify({ issue: label, error: { code: failure.code, message } }, null, 2)}\n`,
      );
      if (isConfigError(failure)) return reportError(failure, options, context, label);
      if (options.debug) context.io.stderr(formatDebugDetails(failure));
      return exitCodeFor(failure.code);
    }
    return reportError(failure, options, context, label);
  };
  let input: ReturnType<typeof readInput>;
  try {
    input = readInput(issue, recordTexts, options);
    label = input.reference.idOrKey;
  } catch (error) {
    return fail(error);
  }
  let opened: Awaited<ReturnType<typeof openClient>>;
  try {
    opened = await openClient(options, context);
  } catch (error) {
    return fail(error);
  }
  try {
    const replace = options.replace === true;
    const result = await opened.client.addAssociations(input.reference, input.records, {
      replace,
      confirmRemoveAll: options.yes === true,
    });
    if (options.json) {
      context.io.stdout(
        `${JSON.stringify({ issue: result.issue, associations: result.associations }, null, 2)}\n`,
      );
    } else {
      context.io.stdout(summary(result.issue, input.records.length, replace));
      context.io.stdout(renderAssociations(result.issue, result.associations));
    }
    const notes = flagsNotAppliedNotes(result, input.flags);
    if (notes) context.io.stderr(notes);
    return 0;
  } catch (error) {
    return fail(error);
  } finally {
    await opened.close();
  }
}
