import { hasBrand, SfLinksError, setBrand } from './sf-links-error.js';

const brand = Symbol.for('sf-links.error.InvalidInputError');

/** The user typed something that is not an accepted issue or record. Nothing was sent. */
export class InvalidInputError extends SfLinksError {
  constructor(detail: string, hint: string) {
    super({ code: 'INVALID_INPUT', detail, hint });
    this.name = 'InvalidInputError';
    setBrand(this, brand);
  }

  /** True only for an InvalidInputError (from any bundled copy of core), not for other sf-links errors. */
  static override isInstance(value: unknown): value is InvalidInputError {
    return hasBrand(value, brand);
  }
}
