import { parseArgs } from 'node:util';
import { normaliseHostname } from './is-allowed-host.js';

export type ServerCommand =
  | { mode: 'help' }
  | { mode: 'version' }
  | { mode: 'doctor' }
  | { mode: 'stdio' }
  | { mode: 'http'; host: string; port: number; allowedHosts: string[] };

/** A command line that cannot be run; the message says what to type instead. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const defaultHttpPort = 3000;

/** Reads the bin's arguments; throws UsageError with a one-line message. */
export function parseArguments(argv: readonly string[]): ServerCommand {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]?.replace(/\.?$/, '.');
    throw new UsageError(`${reason} Run sf-links-mcp --help.`);
  }
  const { values } = parsed;
  if (values.help) return { mode: 'help' };
  if (values.version) return { mode: 'version' };
  if (values.doctor) return { mode: 'doctor' };
  const httpOnly = ['host', 'port', 'allowed-host'] as const;
  if (!values.http) {
    const stray = httpOnly.find((name) => values[name] !== undefined);
    if (stray) throw new UsageError(`--${stray} only applies with --http.`);
    return { mode: 'stdio' };
  }
  const port = values.port === undefined ? defaultHttpPort : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535 (got "${values.port}").`);
  }
  const host = values.host?.trim() || '127.0.0.1';
  const allowedHosts = (values['allowed-host'] ?? []).flatMap((value) =>
    value
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => {
        const hostname = normaliseHostname(name);
        if (hostname) return hostname;
        throw new UsageError(
          `--allowed-host "${name}" is not a hostname; give a name, name:port, an IPv4 address or [IPv6].`,
        );
      }),
  );
  return { mode: 'http', host, port, allowedHosts };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      doctor: { type: 'boolean' },
      http: { type: 'boolean' },
      host: { type: 'string' },
      port: { type: 'string' },
      'allowed-host': { type: 'string', multiple: true },
    },
  });
}
