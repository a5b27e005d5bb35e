import { createSeedIssues, type SeedIssue } from './seed.js';
import type { SeedAssociation } from './seed-association.js';

/** How to look an issue up: the switches of behaviour 4. */
export interface IssueLookupOptions {
  lowercaseKeys: 'resolve' | 'not-found';
  movedKeys: Record<string, string>;
}

/** The issues of one fake instance, seeded fresh. */
export class IssueStore {
  readonly #issues = new Map<string, SeedIssue>();

  constructor(issues: SeedIssue[] = createSeedIssues()) {
    for (const issue of issues) this.put(issue);
  }

  /** Adds or replaces the issue with this id. */
  put(issue: SeedIssue): void {
    for (const [id, existing] of this.#issues) {
      if (id !== issue.id && existing.key === issue.key) this.#issues.delete(id);
    }
    const associations = issue.associations.map((association) => ({ ...association, jiraIssueId: issue.id }));
    this.#issues.set(issue.id, { ...issue, associations });
  }

  /** The issue for a numeric id or a key (current, moved, or lower case when allowed), visible or not. */
  find(idOrKey: string, options: IssueLookupOptions): SeedIssue | undefined {
    if (/^\d+$/.test(idOrKey)) return this.#issues.get(idOrKey);
    const resolve = options.lowercaseKeys === 'resolve';
    const same = (left: string, right: string) =>
      resolve ? left.toUpperCase() === right.toUpperCase() : left === right;
    const movedTo = Object.entries(options.movedKeys).find(([oldKey]) => same(oldKey, idOrKey))?.[1];
    const key = movedTo ?? idOrKey;
    for (const issue of this.#issues.values()) {
      if (same(issue.key, key)) return issue;
    }
    return undefined;
  }

  /** What is stored for an issue now (exact id or key; empty when unknown). */
  associationsOf(idOrKey: string): SeedAssociation[] {
    const issue = this.find(idOrKey, { lowercaseKeys: 'not-found', movedKeys: {} });
    return issue ? issue.associations.map((association) => ({ ...association })) : [];
  }
}
