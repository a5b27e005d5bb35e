import { type Association, type IssueReference, type IssueResult, isIssueFailure } from '@sf-links/core';
import { blockKitLimits } from './block-kit-limits.js';
import { describeError } from './describe-error.js';
import {
  escapeCodeWithin,
  escapeMrkdwn,
  escapeText,
  escapeWithin,
  mrkdwnLink,
  truncate,
} from './escape-mrkdwn.js';
import type { Block, SlackMessage } from './slack-message.js';

export interface IssueAnswer {
  /** What the user asked for (tells whether the key, and so a browse link, is known). */
  reference: IssueReference;
  result: IssueResult;
}

export interface LookupReplyOptions {
  answers: readonly IssueAnswer[];
  /** `JIRA_BASE_URL`, context path included, for `<base>/browse/<key>` links. */
  jiraBaseUrl: string;
  share: boolean;
}

// Longer object names or ids than these are garbage from upstream; cut so a section stays readable.
const maxObjectName = 80;
const maxRecordId = 40;
const maxUrl = 1000;
const maxErrorMessage = 1500;

function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, blockKitLimits.sectionText) } };
}

function context(text: string): Block {
  return {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: truncate(text, blockKitLimits.sectionText) }],
  };
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
}

/** The issue as a link to Jira when its key is known; a numeric id stays plain. */
function issueLabel(reference: IssueReference, jiraBaseUrl: string): string {
  if (reference.kind !== 'key') return `*issue ${escapeText(reference.idOrKey)}*`;
  const url = `${jiraBaseUrl.replace(/\/+$/, '')}/browse/${encodeURIComponent(reference.idOrKey)}`;
  return `*${mrkdwnLink(url, reference.idOrKey)}*`;
}

export function describeFlags(association: Association): string {
  const flags = [
    association.viewOnly && 'view only',
    association.autoPush && 'auto-push',
    association.autoPull && 'auto-pull',
  ].filter(Boolean);
  return flags.length > 0 ? flags.join(' · ') : 'no automatic sync';
}

function recordText(association: Association): string {
  const name = `*${escapeWithin(association.son, maxObjectName)}*`;
  const shownId = truncate(association.soid, maxRecordId);
  const id =
    association.url && association.url.length <= maxUrl
      ? mrkdwnLink(association.url, shownId)
      : `\`${escapeCodeWithin(association.soid, maxRecordId)}\``;
  return `${name}  ${id}\n${describeFlags(association)}`;
}

/** How many records each issue can show so that the whole reply fits the block budget. */
function recordQuota(counts: readonly number[], budget: number): number {
  const largest = Math.max(0, ...counts);
  for (let quota = largest; quota > 0; quota -= 1) {
    const cost = counts.reduce((sum, count) => sum + Math.min(count, quota) + (count > quota ? 1 : 0), 0);
    if (cost <= budget) return quota;
  }
  return 0;
}

function issueBlocks(answer: IssueAnswer, jiraBaseUrl: string, quota: number): Block[] {
  const label = issueLabel(answer.reference, jiraBaseUrl);
  const { result } = answer;
  if (isIssueFailure(result)) {
    const { title, action } = describeError(result.error.code);
    const details = escapeWithin(result.error.message, maxErrorMessage);
    return [
      section(
        `:warning: ${label}: ${escapeMrkdwn(title)}\n*What to do:* ${escapeMrkdwn(action)}\n_Details (${result.error.code}):_ ${details}`,
      ),
    ];
  }
  const records = result.associations;
  if (records.length === 0) {
    return [section(`${label}: no Salesforce records are linked to this issue.`)];
  }
  const blocks = [section(`${label}: ${plural(records.length, 'linked Salesforce record')}`)];
  for (const association of records.slice(0, quota)) blocks.push(section(recordText(association)));
  const hidden = records.length - Math.min(records.length, quota);
  if (hidden > 0) {
    blocks.push(
      context(
        `…and ${plural(hidden, 'more record')} linked to ${escapeText(answer.reference.idOrKey)} (a Slack message holds only so many).`,
      ),
    );
  }
  return blocks;
}

function fallbackLine(answer: IssueAnswer): string {
  const { result } = answer;
  const name = answer.reference.idOrKey;
  if (isIssueFailure(result)) return `${name}: ${describeError(result.error.code).title}`;
  const records = result.associations;
  if (records.length === 0) return `${name}: no linked Salesforce records`;
  const first = records
    .slice(0, 3)
    .map(
      (association) =>
        `${truncate(association.son, maxObjectName)} ${truncate(association.soid, maxRecordId)}`,
    );
  const more = records.length > 3 ? `, …and ${records.length - 3} more` : '';
  return `${name}: ${plural(records.length, 'linked Salesforce record')} (${first.join(', ')}${more})`;
}

/** The reply to a lookup: pure, always within Block Kit limits, everything echoed escaped. */
export function buildLookupReply(options: LookupReplyOptions): SlackMessage {
  const { answers, jiraBaseUrl } = options;
  const budget = blockKitLimits.blocksPerMessage;
  // Header, then per issue a title section and a divider before every issue but the first.
  let shownIssues = answers.length;
  while (shownIssues > 0 && 2 * shownIssues + (shownIssues < answers.length ? 1 : 0) > budget)
    shownIssues -= 1;
  const shown = answers.slice(0, shownIssues);
  const hiddenIssues = answers.length - shownIssues;
  const fixed = 2 * shownIssues + (hiddenIssues > 0 ? 1 : 0);
  const counts = shown.map(({ result }) => (isIssueFailure(result) ? 0 : result.associations.length));
  const quota = recordQuota(counts, budget - fixed);

  const headerText =
    answers.length === 1 && answers[0]
      ? `Salesforce records linked to ${answers[0].reference.kind === 'key' ? '' : 'issue '}${answers[0].reference.idOrKey}`
      : `Salesforce records linked to ${answers.length} Jira issues`;
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(headerText, blockKitLimits.headerText) } },
  ];
  shown.forEach((answer, index) => {
    if (index > 0) blocks.push({ type: 'divider' });
    blocks.push(...issueBlocks(answer, jiraBaseUrl, quota));
  });
  if (hiddenIssues > 0) blocks.push(context(`…and ${plural(hiddenIssues, 'more issue')} not shown.`));

  const text = escapeWithin(answers.map(fallbackLine).join('\n'), blockKitLimits.fallbackText);
  return { response_type: options.share ? 'in_channel' : 'ephemeral', text, blocks };
}
