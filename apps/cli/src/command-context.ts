import type { CliIo } from './cli-io.js';

/** What every command gets besides its own arguments. */
export interface CommandContext {
  io: CliIo;
  /** The environment core's loader reads (process.env in the bin). */
  env: NodeJS.ProcessEnv;
  /** Config flags typed on the command line (e.g. `--timeout-ms`), to name them in problems. */
  flagsGiven: ReadonlySet<string>;
}
