import { createAuth } from '../auth/create-auth.js';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { ConnectionError } from '../errors/connection-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { SfLinksError } from '../errors/sf-links-error.js';
import { toSfLinksError } from '../errors/to-sf-links-error.js';
import type { HttpRequest, HttpResponse, Transport } from '../http/http-types.js';
import type { Association } from '../schema/association.js';
import type { IssueResult } from '../schema/issue-result.js';
import type { NewAssociation } from '../schema/new-association.js';
import { checkIssueHost, type IssueReference, parseIssueInput } from '../schema/parse-issue-input.js';
import { validateNewAssociations } from '../schema/validate-new-associations.js';
import { createSharedLookups } from './create-shared-lookups.js';
import type { FailureContext } from './failure-context.js';
import { guardBasicLogin } from './guard-basic-login.js';
import {
  buildAddAssociationsRequest,
  buildListAssociationsRequest,
  buildMyselfRequest,
  buildProbeAddonRequest,
  type JiraUser,
  parseAddAssociationsResponse,
  parseListAssociationsResponse,
  parseMyselfResponse,
  parseProbeAddonResponse,
} from './operations.js';
import { runWithConcurrency } from './run-with-concurrency.js';

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
}

export interface AddAssociationsOptions extends CallOptions {
  /** Remove every existing association of the issue first. Default false. */
  replace?: boolean;
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

/** Transport failures only know the host; add the issue so the message names it. */
function withIssue(error: unknown, issue: string | undefined): unknown {
  if (!issue || !(error instanceof ConnectionError) || error.issue) return error;
  return new ConnectionError({
    reason: error.reason,
    detail: error.detail.replace(/\.$/, ` while looking up ${issue}.`),
    hint: error.hint,
    host: error.host,
    issue,
    cause: error.cause,
  });
}

/** The issue as a reference; a browse URL of another Jira is refused rather than looked up here. */
function toReference(issue: string | IssueReference, host: string): IssueReference {
  return checkIssueHost(typeof issue === 'string' ? parseIssueInput(issue) : issue, host);
}

/** Posted records that were linked already with other flags: the add-on keeps the stored flags. */
function flagsNotApplied(posted: readonly NewAssociation[], held: readonly Association[]): NewAssociation[] {
  return posted.filter((record) => {
    const stored = held.find((association) => association.soid === record.soid);
    return (
      stored !== undefined &&
      (stored.viewOnly !== (record.viewOnly ?? false) ||
        stored.autoPush !== (record.autoPush ?? false) ||
        stored.autoPull !== (record.autoPull ?? false))
    );
  });
}

const defaultLookupConcurrency = 32;

export function createClient(options: CreateClientOptions): SfLinksClient {
  const { config } = options;
  const auth = createAuth(config.credentials);
  const transport = auth.kind === 'basic' ? guardBasicLogin(options.transport) : options.transport;
  const sharedLookups = createSharedLookups<Association[]>({
    ttlMs: options.cacheTtlMs,
    // Callers may change what they get; an answer shared or cached must stay intact.
    copy: (associations) => associations.map((association) => ({ ...association })),
  });

  function contextFor(operation: FailureContext['operation'], issue?: string): FailureContext {
    return { operation, issue, host: config.host, authKind: auth.kind, redact: auth.redact };
  }

  /**
   * Sends one request and parses its answer in a single promise step (no async layers): at
   * thousands of lookups a second every extra tick shows (pnpm bench, figure 1). A transport
   * failure gets the issue added to its message; a parse failure is already the typed error.
   */
  function send<Result>(
    request: HttpRequest,
    context: FailureContext,
    parse: (response: HttpResponse) => Result,
    signal?: AbortSignal,
  ): Promise<Result> {
    auth.authorize(request.headers);
    return transport(request, signal).then(parse, (error: unknown) => {
      throw withIssue(error, context.issue);
    });
  }

  function fetchAssociations(reference: IssueReference, signal?: AbortSignal): Promise<Association[]> {
    const context = contextFor('list', reference.idOrKey);
    return send(
      buildListAssociationsRequest(config.baseUrl, reference),
      context,
      (response) => parseListAssociationsResponse(response, context, config.salesforceBaseUrl),
      signal,
    );
  }

  function listAssociations(
    issue: string | IssueReference,
    callOptions?: CallOptions,
  ): Promise<Association[]> {
    try {
      const reference = toReference(issue, config.host);
      // A caller with its own abort signal gets its own request: aborting must not fail the others.
      if (callOptions?.signal) return fetchAssociations(reference, callOptions.signal);
      return sharedLookups.get(reference.idOrKey, () => fetchAssociations(reference));
    } catch (error) {
      // Invalid input (or a transport that throws instead of rejecting) still rejects, never throws.
      return Promise.reject(error);
    }
  }

  async function lookup(issue: string | IssueReference, callOptions?: LookupOptions): Promise<IssueResult> {
    let label = typeof issue === 'string' ? issue.trim() : issue.idOrKey;
    try {
      const reference = toReference(issue, config.host);
      label = reference.idOrKey;
      return { issue: label, associations: await listAssociations(reference, callOptions) };
    } catch (error) {
      const failure = toSfLinksError(error, label);
      callOptions?.onError?.(failure);
      return { issue: label, error: { code: failure.code, message: failure.message } };
    }
  }

  return {
    baseUrl: config.baseUrl,
    host: config.host,
    salesforceBaseUrl: config.salesforceBaseUrl,
    listAssociations,
    lookup,
    lookupMany(issues, lookupOptions) {
      // An issue named twice is looked up once; each later position gets its own copy of the result
      // (taken when it settles, before anyone can change it). The first keeps it as is: cloning every
      // result would copy 50,000 links for a batch of big issues with no duplicate at all.
      const once = new Map<string, Promise<IssueResult>>();
      return runWithConcurrency(issues, lookupOptions?.concurrency ?? defaultLookupConcurrency, (issue) => {
        const key =
          typeof issue === 'string' ? issue.trim().toUpperCase() : `${issue.host ?? ''}|${issue.idOrKey}`;
        const first = once.get(key);
        if (first) return first.then((value) => structuredClone(value));
        const result = lookup(issue, lookupOptions);
        once.set(key, result);
        return result;
      });
    },
    async addAssociations(issue, records, addOptions) {
      const reference = toReference(issue, config.host);
      const valid = validateNewAssociations(records);
      const replace = addOptions?.replace ?? false;
      if (valid.length === 0 && !replace) {
        throw new InvalidInputError('No records to add.', 'Give at least one record as Object:Id.');
      }
      const context = contextFor('add', reference.idOrKey);
      const request = buildAddAssociationsRequest(config.baseUrl, reference, valid, replace);
      sharedLookups.clear();
      const answer = await send(
        request,
        context,
        (response) => parseAddAssociationsResponse(response, context),
        addOptions?.signal,
      );
      const associations = await fetchAssociations(reference, addOptions?.signal);
      return {
        issue: reference.idOrKey,
        associations,
        message: answer.message,
        flagsNotApplied: replace ? [] : flagsNotApplied(valid, associations),
      };
    },
    async whoAmI(callOptions) {
      const context = contextFor('myself');
      return send(
        buildMyselfRequest(config.baseUrl),
        context,
        (response) => parseMyselfResponse(response, context),
        callOptions?.signal,
      );
    },
    async probeAddon(callOptions) {
      const context = contextFor('probe');
      await send(
        buildProbeAddonRequest(config.baseUrl),
        context,
        (response) => parseProbeAddonResponse(response, context),
        callOptions?.signal,
      );
    },
    close: () => options.onClose?.() ?? Promise.resolve(),
  };
}
