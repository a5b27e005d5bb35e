import { z } from 'zod';
import type { HttpRequest, HttpResponse } from '../http/http-types.js';
import { type Association, wireAssociationListSchema } from '../schema/association.js';
import type { NewAssociation } from '../schema/new-association.js';
import type { IssueReference } from '../schema/parse-issue-input.js';
import { toAssociation } from '../schema/to-association.js';
import { classifyFailure } from './classify-failure.js';
import { associationsPath, myselfPath } from './endpoints.js';
import type { FailureContext } from './failure-context.js';
import { readJsonBody } from './read-body.js';
import { requestHeaders } from './request-headers.js';

// Pure request builders and response parsers, one pair per operation. They carry no credentials
// and do no I/O, so the n8n node runs them over n8n's own HTTP helper.

function associationsUrl(baseUrl: string, issue: IssueReference, replace?: boolean): string {
  const query = `jiraIssueIdOrKey=${encodeURIComponent(issue.idOrKey)}`;
  return `${baseUrl}${associationsPath}?${query}${replace === undefined ? '' : `&replace=${replace}`}`;
}

function isSuccess(response: HttpResponse): boolean {
  return response.status >= 200 && response.status < 300;
}

export function buildListAssociationsRequest(baseUrl: string, issue: IssueReference): HttpRequest {
  return {
    method: 'GET',
    url: associationsUrl(baseUrl, issue),
    headers: { ...requestHeaders },
    idempotent: true,
  };
}

/** The issue's associations, or throws the typed error the response stands for. */
export function parseListAssociationsResponse(
  response: HttpResponse,
  context: FailureContext,
  salesforceBaseUrl?: string,
): Association[] {
  const json = isSuccess(response) ? readJsonBody(response) : undefined;
  const parsed = json ? wireAssociationListSchema.safeParse(json.value) : undefined;
  if (!parsed?.success) throw classifyFailure(response, context);
  return parsed.data.map((wire) => toAssociation(wire, salesforceBaseUrl));
}

/** POST never retries: adding twice is harmless, but `replace` twice after a partial failure is not. */
export function buildAddAssociationsRequest(
  baseUrl: string,
  issue: IssueReference,
  records: readonly NewAssociation[],
  replace: boolean,
): HttpRequest {
  return {
    method: 'POST',
    url: associationsUrl(baseUrl, issue, replace),
    headers: { ...requestHeaders },
    body: JSON.stringify(records),
    idempotent: false,
  };
}

const addEnvelopeSchema = z.looseObject({
  data: z.looseObject({ totalAssociations: z.number().optional() }).nullish(),
  message: z.string().nullish(),
  success: z.boolean().nullish(),
});

/** What the add-on said after a POST; DC documents no body, so every known shape is accepted. */
export interface AddAssociationsAnswer {
  totalAssociations: number | undefined;
  message: string | undefined;
}

export function parseAddAssociationsResponse(
  response: HttpResponse,
  context: FailureContext,
): AddAssociationsAnswer {
  if (!isSuccess(response)) throw classifyFailure(response, context);
  if (response.body.trim() === '') return { totalAssociations: undefined, message: undefined };
  const json = readJsonBody(response);
  if (!json) throw classifyFailure(response, context);
  if (Array.isArray(json.value)) {
    const list = wireAssociationListSchema.safeParse(json.value);
    if (list.success) return { totalAssociations: list.data.length, message: undefined };
  }
  const envelope = addEnvelopeSchema.safeParse(json.value);
  if (!envelope.success || envelope.data.success === false) {
    throw classifyFailure({ ...response, status: envelope.success ? 400 : response.status }, context);
  }
  return {
    totalAssociations: envelope.data.data?.totalAssociations,
    message: envelope.data.message ?? undefined,
  };
}

export function buildMyselfRequest(baseUrl: string): HttpRequest {
  return { method: 'GET', url: `${baseUrl}${myselfPath}`, headers: { ...requestHeaders }, idempotent: true };
}

// Jira sends many more fields (self, key, groups, …): tolerated, and left out of the result.
const jiraUserSchema = z
  .looseObject({
    name: z.string(),
    displayName: z.string().optional(),
    emailAddress: z.string().optional(),
  })
  .transform(({ name, displayName, emailAddress }) => ({ name, displayName, emailAddress }));

/** Who the credentials belong to, as `/rest/api/2/myself` says (inferred from its schema). */
export type JiraUser = z.output<typeof jiraUserSchema>;

/** Who the credentials belong to; only an authenticated user's JSON counts (never a login page). */
export function parseMyselfResponse(response: HttpResponse, context: FailureContext): JiraUser {
  const json = isSuccess(response) ? readJsonBody(response) : undefined;
  const parsed = json ? jiraUserSchema.safeParse(json.value) : undefined;
  if (!parsed?.success) throw classifyFailure(response, context);
  return parsed.data;
}

/**
 * A GET for an issue id no Jira has, to tell whether the add-on's endpoint exists: the add-on
 * answers JSON (an empty list, or an ErrorCollection: "Issue Does Not Exist", 404 or — on Jiras that
 * hide unknown issues — 403), a missing add-on a dead-link page, an unlicensed one a 401 page.
 */
export function buildProbeAddonRequest(baseUrl: string): HttpRequest {
  return buildListAssociationsRequest(baseUrl, { idOrKey: '0', kind: 'id' });
}

/** Statuses at which the add-on's ErrorCollection about the probed issue proves the endpoint is there. */
const addonErrorStatuses = new Set([400, 403, 404]);

function isErrorCollection(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { errorMessages?: unknown }).errorMessages)
  );
}

export function parseProbeAddonResponse(response: HttpResponse, context: FailureContext): void {
  const json = readJsonBody(response);
  const answeredByAddon =
    json !== undefined &&
    (isSuccess(response) ||
      (addonErrorStatuses.has(response.status) &&
        isErrorCollection(json.value) &&
        // A CAPTCHA lock is Jira's login refusing, whatever the body.
        !/CAPTCHA/i.test(response.headers['x-authentication-denied-reason'] ?? '')));
  if (!answeredByAddon) throw classifyFailure(response, { ...context, issue: undefined });
}
