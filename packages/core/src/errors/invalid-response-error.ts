import { hasBrand, SfLinksError, type SfLinksErrorOptions, setBrand } from './sf-links-error.js';

const brand = Symbol.for('sf-links.error.InvalidResponseError');

/** Jira answered 2xx with something that is not the expected JSON. */
export class InvalidResponseError extends SfLinksError {
  readonly status: number;

  constructor(options: Omit<SfLinksErrorOptions, 'code'> & { status: number }) {
    super({ ...options, code: 'INVALID_RESPONSE' });
    this.name = 'InvalidResponseError';
    setBrand(this, brand);
    this.status = options.status;
  }

  /** True only for an InvalidResponseError (from any bundled copy of core), not for other sf-links errors. */
  static override isInstance(value: unknown): value is InvalidResponseError {
    return hasBrand(value, brand);
  }
}
