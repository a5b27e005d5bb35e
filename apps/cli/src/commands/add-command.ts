import { InvalidInputError, type NewAssociation, parseIssueInput, toSfLinksError } from '@sf-links/core';
import type { CommandContext } from '../command-context.js';
import { exitCodeFor } from '../exit-code-for.js';
import { formatDebugDetails, isConfigError } from '../format-error.js';
import type { GlobalOptions } from '../global-options.js';
import { openClient } from '../open-client.js';
import { parseRecord } from '../parse-record.js';
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

/** Every input checked before any request: the issue, each record, and an empty --replace. */
function readInput(issue: string, recordTexts: readonly string[], options: AddOptions) {
  const reference = parseIssueInput(issue);
  const flags = {
    viewOnly: options.viewOnly === true,
    autoPush: options.autoPush === true,
    autoPull: options.autoPull === true,
  };
  const records: NewAssociation[] = recordTexts.map((text) => parseRecord(text, flags));
  if (records.length === 0 && !options.replace) {
    throw new InvalidInputError(
      `No records given for ${reference.idOrKey}.`,
      'Give at least one record as Object:Id, e.g. sf-links add SUP-42 Case:500J80000019IF9IAM.',
    );
  }
  // Replacing with nothing deletes every link, and the add-on has no undo: ask for an explicit --yes.
  if (records.length === 0 && !options.yes) {
    throw new InvalidInputError(
      `--replace with no records would remove every Salesforce link of ${reference.idOrKey}; nothing was sent.`,
      'Add --yes to confirm that, or give the records the issue should keep.',
    );
  }
  return { reference, records };
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
    // --json keeps its promise of one JSON document, in the shape of a lookup element.
    if (options.json && !isConfigError(failure)) {
      context.io.stdout(
        `${JSON.stringify({ issue: label, error: { code: failure.code, message: failure.message } }, null, 2)}\n`,
      );
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
    const result = await opened.client.addAssociations(input.reference, input.records, { replace });
    if (options.json) {
      context.io.stdout(
        `${JSON.stringify({ issue: result.issue, associations: result.associations }, null, 2)}\n`,
      );
    } else {
      context.io.stdout(summary(result.issue, input.records.length, replace));
      context.io.stdout(renderAssociations(result.issue, result.associations));
    }
    for (const record of result.flagsNotApplied) {
      context.io.stderr(
        `Note: ${record.son} ${record.soid} was linked already with other flags; the add-on kept them. Use --replace to set flags.\n`,
      );
    }
    return 0;
  } catch (error) {
    return fail(error);
  } finally {
    await opened.close();
  }
}
