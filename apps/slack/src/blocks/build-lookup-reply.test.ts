import { type Association, errorCodes, type IssueResult, parseIssueInput } from '@sf-links/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectValidBlockKit } from '../../test/support/expect-valid-block-kit.js';
import { buildLookupReply, describeFlags, type IssueAnswer } from './build-lookup-reply.js';
import { describeError } from './describe-error.js';

const jiraBaseUrl = 'https://jira.example.com/jira';

function record(index: number, overrides: Partial<Association> = {}): Association {
  const soid = `500J8${String(index).padStart(10, '0')}AAA`;
  return {
    jiraIssueId: '11816',
    son: 'Case',
    soid,
    viewOnly: false,
    autoPush: false,
    autoPull: false,
    url: `https://acme.my.salesforce.com/lightning/r/Case/${soid}/view`,
    ...overrides,
  };
}

function answer(issue: string, result: Omit<IssueResult, 'issue'>): IssueAnswer {
  const reference = parseIssueInput(issue);
  return { reference, result: { issue: reference.idOrKey, ...result } as IssueResult };
}

describe('buildLookupReply', () => {
  it('caps one issue of 1,000 links at 50 blocks with an exact "…and N more"', () => {
    const associations = Array.from({ length: 1000 }, (_, index) => record(index));
    const reply = buildLookupReply({
      answers: [answer('SUP-42', { associations })],
      jiraBaseUrl,
      share: false,
    });
    expectValidBlockKit(reply);
    expect(reply.blocks).toHaveLength(50);
    // header + title + 47 records + the "more" line
    expect(reply.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: '…and 953 more records linked to SUP-42 (a Slack message holds only so many).',
        },
      ],
    });
  });

  it('words the flags and says when there are none', () => {
    expect(describeFlags(record(1, { viewOnly: true, autoPush: true, autoPull: true }))).toBe(
      'view only · auto-push · auto-pull',
    );
    expect(describeFlags(record(1))).toBe('no automatic sync');
  });

  it('shows the id as code when no Salesforce base URL is known', () => {
    const reply = buildLookupReply({
      answers: [answer('SUP-42', { associations: [record(1, { url: undefined })] })],
      jiraBaseUrl,
      share: true,
    });
    expect(reply.response_type).toBe('in_channel');
    expect(reply.blocks[2]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*Case*  `500J80000000001AAA`\nno automatic sync' },
    });
  });

  it('has plain words and an action for every error code', () => {
    const titles = new Set<string>();
    for (const code of errorCodes) {
      const { title, action } = describeError(code);
      expect(title.length).toBeGreaterThan(10);
      expect(action.length).toBeGreaterThan(10);
      titles.add(title);
      const reply = buildLookupReply({
        answers: [answer('SUP-1', { error: { code, message: 'Jira said: "<b>nope</b> & more".' } })],
        jiraBaseUrl,
        share: false,
      });
      expectValidBlockKit(reply);
      expect(JSON.stringify(reply)).toContain('&lt;b&gt;nope&lt;/b&gt; &amp; more');
    }
    expect(titles.size).toBe(errorCodes.length);
  });

  it('stays within every Block Kit limit and escapes everything echoed, for any answers', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'Z', '<', '>', '&', '|', '*', ' ', 'é', '\n', '`'),
      maxLength: 400,
    });
    const association = fc.record({
      jiraIssueId: fc.constant('1'),
      son: text,
      soid: text,
      viewOnly: fc.boolean(),
      autoPush: fc.boolean(),
      autoPull: fc.boolean(),
      url: fc.option(
        text.map((value) => `https://acme.my.salesforce.com/lightning/r/${encodeURIComponent(value)}/view`),
        { nil: undefined },
      ),
    });
    const result = fc.oneof(
      fc
        .record({
          template: fc.array(association, { minLength: 1, maxLength: 5 }),
          count: fc.integer({ min: 0, max: 1500 }),
        })
        .map(({ template, count }) => ({
          associations: Array.from(
            { length: count },
            (_, index) => template[index % template.length] as Association,
          ),
        })),
      fc.record({
        error: fc.record({ code: fc.constantFrom(...errorCodes), message: fc.string({ maxLength: 5000 }) }),
      }),
    );
    const issue = fc.oneof(
      fc.integer({ min: 1, max: 99_999 }).map(String),
      fc.stringMatching(/^[A-Z][A-Z0-9_]{0,20}-[1-9][0-9]{0,6}$/),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(issue, result), { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        (answers, share) => {
          const reply = buildLookupReply({
            answers: answers.map(([key, value]) => answer(key, value)),
            jiraBaseUrl,
            share,
          });
          expectValidBlockKit(reply);
        },
      ),
      { numRuns: 150 },
    );
  });
});
