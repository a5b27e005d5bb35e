import { createSeedIssues } from './seed.js';

/** An issue every fresh fake holds. */
export interface DemoIssue {
  readonly id: string;
  readonly key: string;
  readonly summary: string;
}

/** The seeded issues, for the CLI demo to look them all up. */
export const demoIssues: readonly DemoIssue[] = Object.freeze(
  createSeedIssues().map(({ id, key, summary }) => Object.freeze({ id, key, summary })),
);
