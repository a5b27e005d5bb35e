import { SfLinksError, type SfLinksErrorOptions } from './sf-links-error.js';

/** Jira answered 2xx with something that is not the expected JSON. */
export class InvalidResponseError extends SfLinksError {
  readonly status: number;

  constructor(options: Omit<SfLinksErrorOptions, 'code'> & { status: number }) {
    super({ ...options, code: 'INVALID_RESPONSE' });
    this.name = 'InvalidResponseError';
    this.status = options.status;
  }
}
