import packageJson from '../package.json' with { type: 'json' };
import { runCli } from './run-cli.js';

// `sf-links … | head` closes stdout early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  version: packageJson.version,
  io: {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
}).catch((error: unknown) => {
  // A bug of our own: say so without a stack trace (run with --debug for details).
  process.stderr.write(`sf-links: unexpected failure (INTERNAL). Run again with --debug and report it.\n`);
  if (process.argv.includes('--debug'))
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  return 1;
});
process.exitCode = exitCode;
// Everything is closed by now; should a handle linger anyway, do not let it hold the terminal.
setTimeout(() => {
  if (process.argv.includes('--debug'))
    process.stderr.write('debug: an open handle kept sf-links alive; exiting anyway\n');
  process.exit(exitCode);
}, 2000).unref();
