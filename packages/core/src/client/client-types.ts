import type { ResolvedConfig } from '../config/resolve-config.js';
import type { SfLinksError } from '../errors/sf-links-error.js';
import type { Transport } from '../http/http-types.js';
import type { Association } from '../schema/association.js';
import type { IssueResult } from '../schema/issue-result.js';
import type { NewAssociation } from '../schema/new-association.js';
import type { IssueReference } from '../schema/parse-issue-input.js';
import type { JiraUser } from './operations.js';

// The client's public types, apart from its implementation (create-client.ts).

export interface CreateClientOptions {
  config: ResolvedConfig;
  /** Sends requests; `@sf-links/core/node` builds the undici one with retries. */
  transport: Transport;
  /** Called by `close()`, e.g. to close the transport's connection pool. */
  onClose?: () => Promise<void>;
  /**
   * Reuse a successful lookup of the same issue for this long. Default 0: only lookups still in
   * flight are shared. Any write through this client forgets every cached answer.
   */
  cacheTtlMs?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface LookupOptions extends CallOptions {
  /** Sees each failure whole (stack, cause chain) before it becomes a result's `{ code, message }`. */
  onError?: (error: SfLinksError) => void;
}

export interface LookupManyOptions extends LookupOptions {
  /**
   * Requests in flight at once. Default 32, the Node transport's keep-alive pool size: with Jira
   * answering in 20 ms, 1,000 issues take 4x less time than at 8, and more only queue (pnpm bench,
   * figure 2). Under Jira's rate limit the client paces itself to the bucket whatever this is.
   */
  concurrency?: number;
  /**
   * Called as each input position's lookup settles (in completion order, not input order), once per
   * position: an issue named twice is called twice, even though it is looked up once. `result` is
   * the object `lookupMany` returns at `index`; read it, do not change it (a later duplicate may be
   * copied from it). Meant for progress; a throw here rejects `lookupMany`.
   */
  onSettled?: (index: number, result: IssueResult) => void;
}

export interface AddAssociationsOptions extends CallOptions {
  /** Remove every existing association of the issue first. Default false. */
  replace?: boolean;
  /** Required to replace with no records, which removes every link of the issue. Default false. */
  confirmRemoveAll?: boolean;
}

export interface AddAssociationsResult {
  issue: string;
  /** What the issue holds after the write, read back from Jira. */
  associations: Association[];
  /** The add-on's own message, when it sent one. */
  message: string | undefined;
  /**
   * Records that were linked already with other flags: without `replace` the add-on keeps the
   * stored link as it is, so the flags asked for were not applied.
   */
  flagsNotApplied: NewAssociation[];
}

/** One typed interface over the add-on's endpoint; every surface calls only this. */
export interface SfLinksClient {
  readonly baseUrl: string;
  readonly host: string;
  readonly salesforceBaseUrl: string | undefined;
  /** The associations of one issue (any input form of contract §2). Throws SfLinksError. */
  listAssociations(issue: string | IssueReference, options?: CallOptions): Promise<Association[]>;
  /** Like listAssociations, but a failure becomes the result's `error` instead of a throw. */
  lookup(issue: string | IssueReference, options?: LookupOptions): Promise<IssueResult>;
  /** Many issues with bounded concurrency, results in input order; one failure never fails the rest. */
  lookupMany(
    issues: readonly (string | IssueReference)[],
    options?: LookupManyOptions,
  ): Promise<IssueResult[]>;
  /** Links records to one issue (never retried), then reads back what the issue holds. */
  addAssociations(
    issue: string | IssueReference,
    records: readonly unknown[],
    options?: AddAssociationsOptions,
  ): Promise<AddAssociationsResult>;
  /** Who the credentials belong to (`/rest/api/2/myself`). */
  whoAmI(options?: CallOptions): Promise<JiraUser>;
  /** Throws ADDON_UNAVAILABLE (or the auth error) when the add-on's endpoint does not answer. */
  probeAddon(options?: CallOptions): Promise<void>;
  close(): Promise<void>;
}
