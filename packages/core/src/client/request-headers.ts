import { version } from '../version.js';

/**
 * Headers every request carries (jira-dc-behaviour.md §12): JSON both ways, the XSRF opt-out, and a
 * non-browser User-Agent so Jira never treats the call as a browser form post. Built once.
 */
export const requestHeaders: Readonly<Record<string, string>> = Object.freeze({
  accept: 'application/json',
  'content-type': 'application/json',
  'x-atlassian-token': 'no-check',
  'user-agent': `sf-links/${version}`,
});
