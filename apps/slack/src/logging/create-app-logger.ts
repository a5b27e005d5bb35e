import { type Logger, LogLevel } from '@slack/bolt';
import type { LogLevelName } from '../settings/slack-settings.js';
import { createRedactor } from './redact.js';

export interface AppLoggerOptions {
  level?: LogLevelName;
  /** Values that must never appear in a log line (tokens, secrets, the Jira password). */
  secrets?: readonly (string | undefined)[];
  /** Where a finished line goes; default stderr. */
  write?: (line: string) => void;
  name?: string;
}

const ranks: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  // Only name, code and message: a raw error may carry the request (and its response URL) in `cause`.
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return `${value.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${value.message}`;
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * The one logger of the app, given to Bolt too: JSON lines on stderr, every line redacted (secret
 * values, response URLs, anything shaped like a Slack token) before it is written.
 */
export function createAppLogger(options: AppLoggerOptions = {}): Logger {
  const redact = createRedactor(options.secrets ?? []);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  let level = (options.level ?? 'info') as LogLevel;
  let name = options.name ?? 'sf-links-slack';

  function log(at: LogLevel, messages: unknown[]): void {
    if (ranks[at] < ranks[level]) return;
    const message = redact(messages.map(describe).join(' ')).slice(0, 4000);
    write(JSON.stringify({ time: new Date().toISOString(), level: at, name, message }));
  }

  return {
    debug: (...messages) => log(LogLevel.DEBUG, messages),
    info: (...messages) => log(LogLevel.INFO, messages),
    warn: (...messages) => log(LogLevel.WARN, messages),
    error: (...messages) => log(LogLevel.ERROR, messages),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}
