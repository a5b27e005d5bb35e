import { SfLinksError } from './sf-links-error.js';

export interface ConfigProblem {
  /** The environment variable (also the option's documented name) that is wrong. */
  variable: string;
  message: string;
}

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
    this.problems = problems;
  }
}
