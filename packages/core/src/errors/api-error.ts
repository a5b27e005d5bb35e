import type { ErrorCode } from './error-code.js';
import { hasBrand, SfLinksError, type SfLinksErrorOptions, setBrand } from './sf-links-error.js';

export interface ApiErrorOptions extends SfLinksErrorOptions {
  /** HTTP status Jira (or whatever answered in its place) returned. */
  status: number;
  /** Seconds Jira asked to wait (Retry-After), when it said so. */
  retryAfterSeconds?: number;
}

const brand = Symbol.for('sf-links.error.ApiError');

/** Jira answered with a failure status (or a page that stands for one). */
export class ApiError extends SfLinksError {
  readonly status: number;
  readonly retryAfterSeconds: number | undefined;

  constructor(options: ApiErrorOptions & { code: ErrorCode }) {
    super(options);
    this.name = 'ApiError';
    setBrand(this, brand);
    this.status = options.status;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** True only for an ApiError (from any bundled copy of core), not for other sf-links errors. */
  static override isInstance(value: unknown): value is ApiError {
    return hasBrand(value, brand);
  }
}
