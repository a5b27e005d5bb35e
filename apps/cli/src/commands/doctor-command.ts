import { type SfLinksClient, toSfLinksError } from '@sf-links/core';
import type { CommandContext } from '../command-context.js';
import { exitCodeFor, successExitCode, usageExitCode } from '../exit-code-for.js';
import { configProblemLines, formatDebugDetails, isConfigError } from '../format-error.js';
import type { GlobalOptions } from '../global-options.js';
import { type OpenedClient, openClient } from '../open-client.js';

const passed = '✓';
const failed = '✗';
const skipped = '–';
const info = 'ℹ';

/** `sf-links doctor`: one line per check with what to fix; exit code of the first failing check. */
export async function runDoctorCommand(options: GlobalOptions, context: CommandContext): Promise<number> {
  // The report is for people; scripts read the exit code. Refused rather than ignored, so --json
  // never gets text that is not JSON.
  if (options.json) {
    context.io.stderr(
      'sf-links: doctor has no --json output: run sf-links doctor without --json (its exit code is 0 when every check passes).\nRun sf-links --help for usage.\n',
    );
    return usageExitCode;
  }
  const print = (line: string) => context.io.stdout(`${line}\n`);
  let exitCode = successExitCode;
  const fail = (check: string, error: unknown): void => {
    const failure = toSfLinksError(error);
    print(`${failed} ${check}: ${failure.message} [${failure.code}]`);
    if (options.debug) context.io.stderr(formatDebugDetails(failure));
    if (exitCode === successExitCode) exitCode = exitCodeFor(failure.code);
  };

  let opened: OpenedClient;
  try {
    opened = await openClient(options, context);
  } catch (error) {
    const failure = toSfLinksError(error);
    if (!isConfigError(failure)) {
      fail('Configuration', failure);
      return exitCode;
    }
    print(
      `${failed} Configuration: ${failure.problems.length === 1 ? '1 problem' : `${failure.problems.length} problems`} (fix in the environment, see sf-links --help):`,
    );
    for (const line of configProblemLines(failure, context.flagsGiven)) print(`    ${line}`);
    print(`${skipped} Jira login: skipped (needs a valid configuration)`);
    print(`${skipped} Connector for Salesforce & Jira: skipped (needs a valid configuration)`);
    if (options.debug) context.io.stderr(formatDebugDetails(failure));
    return exitCodeFor(failure.code);
  }
  try {
    const { client } = opened;
    print(`${passed} Configuration: Jira at ${client.baseUrl}, credentials set`);
    const loggedIn = await checkLogin(client, print, fail);
    if (loggedIn) {
      try {
        await client.probeAddon();
        print(`${passed} Connector for Salesforce & Jira: the associations endpoint answers`);
      } catch (error) {
        fail('Connector for Salesforce & Jira', error);
      }
    } else {
      print(`${skipped} Connector for Salesforce & Jira: skipped (needs a working Jira login)`);
    }
    print(
      client.salesforceBaseUrl
        ? `${info} SALESFORCE_BASE_URL: ${client.salesforceBaseUrl} (records get links)`
        : `${info} SALESFORCE_BASE_URL not set: records are listed without links (optional)`,
    );
    return exitCode;
  } finally {
    await opened.close();
  }
}

async function checkLogin(
  client: SfLinksClient,
  print: (line: string) => void,
  fail: (check: string, error: unknown) => void,
): Promise<boolean> {
  try {
    const user = await client.whoAmI();
    const shown = user.displayName ? `${user.name} (${user.displayName})` : user.name;
    print(`${passed} Jira login: ${client.host} answers, the credentials belong to ${shown}`);
    return true;
  } catch (error) {
    fail('Jira login', error);
    return false;
  }
}
