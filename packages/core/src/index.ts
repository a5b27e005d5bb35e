// Runtime-neutral public surface: no Node-only import here (see `@sf-links/core/node`).

export type { AuthStrategy } from './auth/auth-strategy.js';
export { createAuth } from './auth/create-auth.js';
export type {
  AddAssociationsOptions,
  AddAssociationsResult,
  CallOptions,
  CreateClientOptions,
  LookupManyOptions,
  LookupOptions,
  SfLinksClient,
} from './client/client-types.js';
export { createClient } from './client/create-client.js';
export { associationsPath } from './client/endpoints.js';
export type { FailureContext } from './client/failure-context.js';
export { findFlagsNotApplied } from './client/find-flags-not-applied.js';
export type { AddAssociationsAnswer, JiraUser } from './client/operations.js';
export {
  buildAddAssociationsRequest,
  buildListAssociationsRequest,
  buildMyselfRequest,
  parseAddAssociationsResponse,
  parseListAssociationsResponse,
  parseMyselfResponse,
} from './client/operations.js';
export { requestHeaders } from './client/request-headers.js';
export type { ConfigInput } from './config/config-input.js';
export { configVariables } from './config/config-input.js';
export type { Credentials, ResolvedConfig } from './config/resolve-config.js';
export { resolveConfig } from './config/resolve-config.js';
export { ApiError } from './errors/api-error.js';
export type { ConfigProblem } from './errors/config-error.js';
export { ConfigError } from './errors/config-error.js';
export type { ConnectionFailureReason } from './errors/connection-error.js';
export { ConnectionError } from './errors/connection-error.js';
export type { ErrorCode } from './errors/error-code.js';
export { errorCodes } from './errors/error-code.js';
export { InvalidInputError } from './errors/invalid-input-error.js';
export { InvalidResponseError } from './errors/invalid-response-error.js';
export { SfLinksError } from './errors/sf-links-error.js';
export { toReadBackError } from './errors/to-read-back-error.js';
export { toSfLinksError } from './errors/to-sf-links-error.js';
export type { HttpRequest, HttpResponse, Transport } from './http/http-types.js';
export type { Association } from './schema/association.js';
export { associationSchema } from './schema/association.js';
export type { WriteIntent } from './schema/check-write-intent.js';
export { checkWriteIntent } from './schema/check-write-intent.js';
export type { IssueError, IssueFailure, IssueResult, IssueSuccess } from './schema/issue-result.js';
export {
  isIssueFailure,
  issueErrorSchema,
  issueFailureSchema,
  issueResultSchema,
  issueSuccessSchema,
} from './schema/issue-result.js';
export type { NewAssociation } from './schema/new-association.js';
export { newAssociationSchema } from './schema/new-association.js';
export type { IssueReference } from './schema/parse-issue-input.js';
export { checkIssueOnJira, parseIssueInput } from './schema/parse-issue-input.js';
export {
  correctedSalesforceId,
  isValidSalesforceId,
  objectNameForId,
  salesforceRecordUrl,
  toSalesforceId18,
} from './schema/salesforce-id.js';
export { validateNewAssociations } from './schema/validate-new-associations.js';
export { version } from './version.js';
