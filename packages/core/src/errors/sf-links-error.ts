import type { ErrorCode } from './error-code.js';

// Symbol.for so that a copy of core bundled into another package (the n8n node, the CLI) still
// recognises errors built by this copy; `instanceof` would not.
const brand = Symbol.for('sf-links.error');

export interface SfLinksErrorOptions {
  code: ErrorCode;
  /** What happened, naming the issue and host where known. */
  detail: string;
  /** What the user should do about it; omitted when there is nothing useful to say. */
  hint?: string;
  /** The issue the failure belongs to, as the user gave it (normalised). */
  issue?: string;
  /** The Jira host involved (never with credentials). */
  host?: string;
  cause?: unknown;
}

/** Base of every error sf-links raises. `message` is `detail` followed by `hint`. */
export class SfLinksError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly hint: string | undefined;
  readonly issue: string | undefined;
  readonly host: string | undefined;

  constructor(options: SfLinksErrorOptions) {
    super(options.hint ? `${options.detail} ${options.hint}` : options.detail, { cause: options.cause });
    this.name = 'SfLinksError';
    this.code = options.code;
    this.detail = options.detail;
    this.hint = options.hint;
    this.issue = options.issue;
    this.host = options.host;
    Object.defineProperty(this, brand, { value: true });
  }

  /**
   * True for any sf-links error, including ones built by another bundled copy of core. Each
   * subclass one can branch on (ApiError, ConfigError, …) has its own `isInstance`, true only for
   * that subclass: it does not inherit this one.
   */
  static isInstance(value: unknown): value is SfLinksError {
    return hasBrand(value, brand);
  }
}

/** Marks `error` with a subclass's brand (a `Symbol.for`, so bundled copies agree). Internal. */
export function setBrand(error: SfLinksError, subclassBrand: symbol): void {
  Object.defineProperty(error, subclassBrand, { value: true });
}

/** Whether `value` carries `subclassBrand` (set by `setBrand`). Internal. */
export function hasBrand(value: unknown, subclassBrand: symbol): boolean {
  return (
    typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[subclassBrand] === true
  );
}
