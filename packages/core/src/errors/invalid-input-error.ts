import { SfLinksError } from './sf-links-error.js';

/** The user typed something that is not an accepted issue or record. Nothing was sent. */
export class InvalidInputError extends SfLinksError {
  constructor(detail: string, hint: string) {
    super({ code: 'INVALID_INPUT', detail, hint });
    this.name = 'InvalidInputError';
  }
}
