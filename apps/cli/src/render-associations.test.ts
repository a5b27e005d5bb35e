import { describe, expect, it } from 'vitest';
import { describeFlags } from './describe-flags.js';
import { renderAssociations } from './render-associations.js';

const association = {
  jiraIssueId: '11816',
  son: 'Case',
  soid: '500J80000019IF9IAM',
  viewOnly: false,
  autoPush: true,
  autoPull: true,
};

describe('describeFlags', () => {
  it('puts every flag in words', () => {
    expect(describeFlags({ viewOnly: true, autoPush: true, autoPull: true })).toBe(
      'view only, auto-push, auto-pull',
    );
    expect(describeFlags({ viewOnly: false, autoPush: false, autoPull: false })).toBe('none');
  });
});

describe('renderAssociations', () => {
  it('says explicitly that an issue has no records', () => {
    expect(renderAssociations('SUP-44', [])).toBe('SUP-44: no Salesforce records linked\n');
  });

  it('shows object, id and flags, without a link column when there is no Salesforce base', () => {
    const text = renderAssociations('SUP-42', [association]);
    expect(text.split('\n')[0]).toBe('SUP-42: 1 Salesforce record linked');
    expect(text).toMatch(/│ Case\s+│ 500J80000019IF9IAM │ auto-push, auto-pull │/);
    expect(text).not.toContain('Link');
    expect(text).not.toContain('\u001b[');
  });

  it('adds the link column when records have a URL', () => {
    const url = 'https://acme.my.salesforce.com/lightning/r/Case/500J80000019IF9IAM/view';
    const text = renderAssociations('SUP-42', [
      association,
      { ...association, soid: '500Qy00000VvNShIAN', url },
    ]);
    expect(text.split('\n')[0]).toBe('SUP-42: 2 Salesforce records linked');
    expect(text).toContain('Link');
    expect(text).toContain(url);
  });
});
