import type { ErrorCode } from '@sf-links/core';

export interface ErrorDescription {
  /** What went wrong, in plain words for someone in Slack. */
  title: string;
  /** What that person can do about it. */
  action: string;
}

const admin = 'the person who runs sf-links';

/** Plain words for every error code (contract §3), written for the Slack user, not the operator. */
export function describeError(code: ErrorCode): ErrorDescription {
  switch (code) {
    case 'INVALID_INPUT':
      return {
        title: 'That is not a Jira issue.',
        action: 'Give an issue key (PROJ-123), a numeric issue id or a Jira browse URL.',
      };
    case 'CONFIG':
      return {
        title: 'sf-links is not configured correctly.',
        action: `Tell ${admin}; the details name the setting to fix.`,
      };
    case 'UNAUTHORIZED':
      return {
        title: "Jira did not accept sf-links' credentials.",
        action: `Tell ${admin}: the Jira token is wrong, expired or revoked.`,
      };
    case 'FORBIDDEN':
      return {
        title: 'Jira refused to show this issue to sf-links.',
        action: "Ask a Jira admin to let sf-links' Jira account browse the issue.",
      };
    case 'NOT_FOUND':
      return {
        title: 'The issue does not exist, or sf-links cannot see it.',
        action:
          "Check the key for typos; if the issue exists, sf-links' Jira account may not be allowed to browse it.",
      };
    case 'ADDON_UNAVAILABLE':
      return {
        title: 'The Connector for Salesforce & Jira did not answer.',
        action: 'Ask your Jira admin to check that the add-on is installed, enabled and licensed.',
      };
    case 'RATE_LIMITED':
      return {
        title: 'Jira is limiting how fast sf-links may ask.',
        action: `Wait a minute and try again; if it keeps happening, tell ${admin}.`,
      };
    case 'TIMEOUT':
      return {
        title: 'Jira did not answer in time.',
        action: 'Try again in a moment; if Jira is slow for everyone, tell your Jira admin.',
      };
    case 'UPSTREAM_UNAVAILABLE':
      return {
        title: 'Jira could not be reached.',
        action: `Try again in a few minutes; if it lasts, tell ${admin} (network, proxy or Jira outage).`,
      };
    case 'INVALID_RESPONSE':
      return {
        title: 'Jira sent an answer sf-links does not understand.',
        action: `Tell ${admin}; a login gateway or a changed add-on may be in the way.`,
      };
    case 'INTERNAL':
      return {
        title: 'Something went wrong inside sf-links.',
        action: `Try again; if it happens again, tell ${admin} (the app's log has the details).`,
      };
    default: {
      const unknown: never = code;
      throw new Error(`Unhandled error code ${String(unknown)}`);
    }
  }
}
