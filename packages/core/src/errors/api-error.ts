import type { ErrorCode } from './error-code.js';
import { SfLinksError, type SfLinksErrorOptions } from './sf-links-error.js';

export interface ApiErrorOptions extends SfLinksErrorOptions {
  /** HTTP status Jira (or whatever answered in its place) returned. */
  status: number;
  /** Seconds Jira asked to wait (Retry-After), when it said so. */
  retryAfterSeconds?: number;
}

/** Jira answered with a failure status (or a page that stands for one). */
export class ApiError extends SfLinksError {
  readonly status: number;
  readonly retryAfterSeconds: number | undefined;

  constructor(options: ApiErrorOptions & { code: ErrorCode }) {
    super(options);
    this.name = 'ApiError';
    this.status = options.status;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
