import { type ConfigProblem, type ErrorCode, type SfLinksError, toSfLinksError } from '@sf-links/core';
import { type INode, NodeApiError, NodeOperationError } from 'n8n-workflow';
import { toN8nWording } from './n8n-wording';

/** An sf-links failure as n8n shows it: message = what happened, description = what to do. */
export type SfLinksNodeError = NodeApiError | NodeOperationError;

// Fields read structurally, not with instanceof: a copy of core bundled elsewhere builds the same errors.
function problemsOf(error: SfLinksError): readonly ConfigProblem[] | undefined {
  const problems = (error as { problems?: unknown }).problems;
  return Array.isArray(problems) ? (problems as ConfigProblem[]) : undefined;
}

function statusOf(error: SfLinksError): number | undefined {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

function detailOf(error: SfLinksError): string {
  const problems = problemsOf(error);
  if (error.code !== 'CONFIG' || !problems) return error.detail;
  const lines = problems.map((problem) => `${toN8nWording(problem.variable)} ${problem.message}`);
  return `Invalid settings: ${toN8nWording(lines.join('; '))}.`;
}

function hintOf(error: SfLinksError): string | undefined {
  switch (error.code) {
    case 'CONFIG':
      return 'Fix the credential or the node options named above.';
    case 'INTERNAL':
      return 'This is a bug in n8n-nodes-sf-links: please report it with the workflow that shows it.';
    default:
      return error.hint === undefined ? undefined : toN8nWording(error.hint);
  }
}

/**
 * Turns anything thrown while handling one item into the n8n error for it. Failures of the user's
 * parameters are NodeOperationErrors; Jira's answers and the network are NodeApiErrors. Errors n8n
 * itself raised (a missing credential, a bad parameter) keep their own message.
 */
export function toNodeError(node: INode, thrown: unknown, itemIndex: number): SfLinksNodeError {
  if (thrown instanceof NodeApiError || thrown instanceof NodeOperationError) {
    thrown.context.itemIndex = itemIndex;
    return thrown;
  }
  const error = toSfLinksError(thrown);
  const message = detailOf(error);
  const description = hintOf(error);
  const code: ErrorCode = error.code;
  const nodeError = createNodeError(node, code, { message, description, itemIndex, status: statusOf(error) });
  // n8n keeps `context` when it stores and shows the error; the code lets workflows branch on it.
  nodeError.context.code = code;
  return nodeError;
}

/** The one mapping of error codes to n8n error classes. */
function createNodeError(
  node: INode,
  code: ErrorCode,
  details: {
    message: string;
    description: string | undefined;
    itemIndex: number;
    status: number | undefined;
  },
): SfLinksNodeError {
  const { message, description, itemIndex, status } = details;
  switch (code) {
    case 'INVALID_INPUT':
    case 'CONFIG':
    case 'INTERNAL':
      return new NodeOperationError(node, message, { description, itemIndex });
    case 'UNAUTHORIZED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'ADDON_UNAVAILABLE':
    case 'RATE_LIMITED':
    case 'TIMEOUT':
    case 'UPSTREAM_UNAVAILABLE':
    case 'INVALID_RESPONSE': {
      const httpCode = status === undefined ? undefined : String(status);
      return new NodeApiError(node, { code, message }, { message, description, httpCode, itemIndex });
    }
    default: {
      const unhandled: never = code;
      return new NodeOperationError(node, `Unexpected error code ${String(unhandled)}.`, { itemIndex });
    }
  }
}
