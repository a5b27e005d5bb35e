import { Command, CommanderError, Option } from 'commander';
import type { CliIo } from './cli-io.js';
import type { CommandContext } from './command-context.js';
import type { AddOptions } from './commands/add-command.js';
import { configFlags } from './config-flags.js';
import { successExitCode, usageExitCode } from './exit-code-for.js';
import type { GlobalOptions } from './global-options.js';
import { helpText } from './help-text.js';

export interface RunCliOptions {
  /** Arguments after the program name. */
  argv: readonly string[];
  io: CliIo;
  /** The environment core reads its configuration from. */
  env: NodeJS.ProcessEnv;
  version: string;
}

function addGlobalOptions(program: Command): void {
  program
    .option('--json', 'print one JSON document on stdout instead of tables (lookups, add)')
    .option('--demo', 'run against a built-in fake Jira DC on a free loopback port')
    .option('--debug', 'print stack traces and causes of failures on stderr');
  for (const flag of configFlags) {
    program.addOption(
      new Option(flag.flags, flag.description).helpGroup('Configuration (override the variables):'),
    );
  }
}

/** The config flags the user typed, so configuration problems can name them. */
function flagsGiven(program: Command): Set<string> {
  const given = new Set<string>();
  for (const flag of configFlags) {
    if (program.getOptionValueSource(flag.option) === 'cli') given.add(flag.flags.split(' ')[0] as string);
  }
  return given;
}

/** Parses the command line, runs the command, and resolves to the process exit code. */
export async function runCli(options: RunCliOptions): Promise<number> {
  const { io } = options;
  let exitCode = successExitCode;
  const program = new Command('sf-links');
  const context = (): CommandContext => ({ io, env: options.env, flagsGiven: flagsGiven(program) });
  const globals = () => program.opts<GlobalOptions>();

  program
    .description(
      'The Salesforce records linked to Jira Data Center issues (Connector for Salesforce & Jira).',
    )
    .usage(
      '<issue>... [options]\n       sf-links add <issue> <Object>:<id>... [options]\n       sf-links doctor [options]',
    )
    .argument('[issues...]', 'issue keys (SUP-42), numeric ids (11816) or browse URLs')
    .version(options.version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // Commander's own errors (unknown option, missing argument) in our format, with the way out.
      outputError: (text, write) =>
        write(`sf-links: ${text.replace(/^error: /, '').trimEnd()}\nRun sf-links --help for usage.\n`),
    })
    .showSuggestionAfterError()
    .addHelpText('after', helpText);
  addGlobalOptions(program);

  // Commands are imported when they run: --help, --version and usage errors skip loading the HTTP
  // stack and the schemas, which is most of the start time.
  program.action(async (issues: string[]) => {
    const { runLookupCommand } = await import('./commands/lookup-command.js');
    exitCode = await runLookupCommand(issues, globals(), context());
  });

  program
    .command('add')
    .description('link Salesforce records to an issue, then show what it holds')
    .argument('<issue>', 'the issue to link records to')
    .argument('[records...]', 'records as Object:Id, e.g. Case:500J80000019IF9IAM')
    .option('--replace', 'remove every existing link of the issue first')
    .option('--yes', 'confirm --replace with no records (removes every link)')
    .option('--view-only', 'mark the links view only')
    .option('--auto-push', 'push Jira changes to Salesforce automatically')
    .option('--auto-pull', 'pull Salesforce changes automatically')
    .action(async (issue: string, records: string[], _options: unknown, command: Command) => {
      const { runAddCommand } = await import('./commands/add-command.js');
      exitCode = await runAddCommand(issue, records, command.optsWithGlobals<AddOptions>(), context());
    });

  program
    .command('doctor')
    .description('check the configuration, the Jira login and the add-on endpoint (no --json)')
    .action(async () => {
      const { runDoctorCommand } = await import('./commands/doctor-command.js');
      exitCode = await runDoctorCommand(globals(), context());
    });

  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());

  try {
    await program.parseAsync([...options.argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    const informational = ['commander.helpDisplayed', 'commander.help', 'commander.version'];
    return informational.includes(error.code) ? successExitCode : usageExitCode;
  }
  return exitCode;
}
