import { createAuth } from '../auth/create-auth.js';
import { ConnectionError } from '../errors/connection-error.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import { SfLinksError } from '../errors/sf-links-error.js';
import { toReadBackError } from '../errors/to-read-back-error.js';
import { toSfLinksError } from '../errors/to-sf-links-error.js';
import type { HttpRequest, HttpResponse } from '../http/http-types.js';
import type { Association } from '../schema/association.js';
import { checkWriteIntent } from '../schema/check-write-intent.js';
import type { IssueResult } from '../schema/issue-result.js';
import { checkIssueOnJira, type IssueReference, parseIssueInput } from '../schema/parse-issue-input.js';
import { validateNewAssociations } from '../schema/validate-new-associations.js';
import type { CallOptions, CreateClientOptions, LookupOptions, SfLinksClient } from './client-types.js';
import { createSharedLookups } from './create-shared-lookups.js';
import type { FailureContext } from './failure-context.js';
import { findFlagsNotApplied } from './find-flags-not-applied.js';
import { guardBasicLogin } from './guard-basic-login.js';
import {
  buildAddAssociationsRequest,
  buildListAssociationsRequest,
  buildMyselfRequest,
  buildProbeAddonRequest,
  parseAddAssociationsResponse,
  parseListAssociationsResponse,
  parseMyselfResponse,
  parseProbeAddonResponse,
} from './operations.js';
import { runWithConcurrency } from './run-with-concurrency.js';

/**
 * Transport failures (no answer, or an answer too big to read) only know the host; add the issue so
 * the message names it. Branded checks, not `instanceof`: the transport may come from another
 * bundled copy of core.
 */
function withIssue(error: unknown, issue: string | undefined): unknown {
  if (!issue || !SfLinksError.isInstance(error) || error.issue) return error;
  const detail = error.detail.replace(/\.?$/, ` while looking up ${issue}.`);
  if (ConnectionError.isInstance(error)) {
    return new ConnectionError({
      reason: error.reason,
      detail,
      hint: error.hint,
      host: error.host,
      issue,
      cause: error.cause,
    });
  }
  if (InvalidResponseError.isInstance(error)) {
    return new InvalidResponseError({
      status: error.status,
      detail,
      hint: error.hint,
      host: error.host,
      issue,
      cause: error.cause,
    });
  }
  return error;
}

/** The issue as a reference; a browse URL of another Jira is refused rather than looked up here. */
function toReference(issue: string | IssueReference, jiraBaseUrl: string): IssueReference {
  return checkIssueOnJira(typeof issue === 'string' ? parseIssueInput(issue) : issue, jiraBaseUrl);
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
    return {
      operation,
      issue,
      host: config.host,
      baseUrl: config.baseUrl,
      authKind: auth.kind,
      redact: auth.redact,
    };
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
      const reference = toReference(issue, config.baseUrl);
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
      const reference = toReference(issue, config.baseUrl);
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
      const onSettled = lookupOptions?.onSettled;
      function lookupAt(issue: string | IssueReference): Promise<IssueResult> {
        const key =
          typeof issue === 'string' ? issue.trim().toUpperCase() : `${issue.jira ?? ''}|${issue.idOrKey}`;
        const first = once.get(key);
        if (first) return first.then((value) => structuredClone(value));
        const result = lookup(issue, lookupOptions);
        once.set(key, result);
        return result;
      }
      const concurrency = lookupOptions?.concurrency ?? defaultLookupConcurrency;
      if (!onSettled) return runWithConcurrency(issues, concurrency, lookupAt);
      return runWithConcurrency(issues, concurrency, (issue, index) =>
        lookupAt(issue).then((result) => {
          onSettled(index, result);
          return result;
        }),
      );
    },
    async addAssociations(issue, records, addOptions) {
      const reference = toReference(issue, config.baseUrl);
      const valid = validateNewAssociations(records);
      const replace = addOptions?.replace ?? false;
      checkWriteIntent(reference.idOrKey, valid, { replace, confirmRemoveAll: addOptions?.confirmRemoveAll });
      const context = contextFor('add', reference.idOrKey);
      const request = buildAddAssociationsRequest(config.baseUrl, reference, valid, replace);
      sharedLookups.clear();
      const answer = await send(
        request,
        context,
        (response) => parseAddAssociationsResponse(response, context),
        addOptions?.signal,
      );
      const associations = await fetchAssociations(reference, addOptions?.signal).catch((error: unknown) => {
        throw toReadBackError(error, reference.idOrKey);
      });
      return {
        issue: reference.idOrKey,
        associations,
        message: answer.message,
        flagsNotApplied: replace ? [] : findFlagsNotApplied(valid, associations),
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
