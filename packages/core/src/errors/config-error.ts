import { hasBrand, SfLinksError, setBrand } from './sf-links-error.js';

export interface ConfigProblem {
  /** The environment variable (also the option's documented name) that is wrong. */
  variable: string;
  message: string;
}

const brand = Symbol.for('sf-links.error.ConfigError');

/** Configuration is missing or invalid; carries every problem found, not just the first. */
export class ConfigError extends SfLinksError {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    const lines = problems.map((problem) => `${problem.variable}: ${problem.message}`);
    super({
      code: 'CONFIG',
      detail: `Invalid configuration: ${lines.join('; ')}.`,
      hint: 'Set or fix the variables named above, then try again.',
    });
    this.name = 'ConfigError';
    setBrand(this, brand);
    this.problems = problems;
  }

  /** True only for a ConfigError (from any bundled copy of core), not for other sf-links errors. */
  static override isInstance(value: unknown): value is ConfigError {
    return hasBrand(value, brand);
  }
}
