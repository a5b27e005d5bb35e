import type { ConfigProblem } from '@sf-links/core';

/** The Slack settings are missing or invalid; lists every problem, naming each variable. */
export class SettingsError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    super(
      `Invalid configuration: ${problems.map((problem) => `${problem.variable}: ${problem.message}`).join('; ')}.`,
    );
    this.name = 'SettingsError';
    this.problems = problems;
  }
}
