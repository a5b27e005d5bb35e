import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeJira } from '../fake-jira.js';
import { startFakeJira } from '../start-fake-jira.js';
import { associationsPath, jsonHeaders, sendRequest } from '../test-support/send-request.js';

const seededCase = {
  jiraIssueId: '11816',
  son: 'Case',
  soid: '500J80000019IF9IAM',
  viewOnly: false,
  autoPush: true,
  autoPull: true,
};

describe('POST associations', () => {
  let fake: FakeJira;
  const post = (query: string, body: unknown, headers?: Record<string, string>) =>
    sendRequest(`${fake.baseUrl}${associationsPath}?${query}`, {
      method: 'POST',
      headers: headers ?? jsonHeaders(`Bearer ${fake.pat}`),
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeEach(async () => {
    fake = await startFakeJira();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('adds without duplicating an existing soid and answers the envelope (behaviour 10)', async () => {
    const response = await post('jiraIssueIdOrKey=SUP-42&replace=false', [
      { son: 'Case', soid: '500J80000019IF9IAM', viewOnly: true },
      { son: 'Account', soid: '001J8000001AbCdIAK', autoPush: true },
      { son: 'Account', soid: '001J8000001AbCdIAK' },
    ]);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json;charset=UTF-8');
    expect(JSON.parse(response.body)).toEqual({
      data: { totalAssociations: 2 },
      message: 'Associations saved.',
      success: true,
    });
    expect(fake.associationsOf('SUP-42')).toEqual([
      seededCase,
      {
        jiraIssueId: '11816',
        son: 'Account',
        soid: '001J8000001AbCdIAK',
        viewOnly: false,
        autoPush: true,
        autoPull: false,
      },
    ]);
  });

  it('treats a missing replace as false and accepts the numeric id', async () => {
    expect((await post('jiraIssueIdOrKey=11816', [{ son: 'Contact', soid: '003J8000001AbCd' }])).status).toBe(
      200,
    );
    expect(fake.associationsOf('11816').map((association) => association.soid)).toEqual([
      '500J80000019IF9IAM',
      '003J8000001AbCd',
    ]);
  });

  it('stores a soid exactly as posted: no 15 → 18 normalisation (behaviour 21)', async () => {
    await post('jiraIssueIdOrKey=SUP-44', [{ son: 'Case', soid: 'a0RE000000IJmcN' }]);
    expect(fake.associationsOf('SUP-44')[0]?.soid).toBe('a0RE000000IJmcN');
  });

  it('replaces the stored set with replace=true', async () => {
    await post('jiraIssueIdOrKey=SUP-42&replace=true', [{ son: 'Case', soid: '500Qy00000VvNShIAN' }]);
    expect(fake.associationsOf('SUP-42')).toEqual([
      {
        jiraIssueId: '11816',
        son: 'Case',
        soid: '500Qy00000VvNShIAN',
        viewOnly: false,
        autoPush: false,
        autoPull: false,
      },
    ]);
  });

  it('clears with replace=true and [] by default, or rejects it when switched', async () => {
    fake.configure({ replaceWithEmpty: 'rejected' });
    const rejected = await post('jiraIssueIdOrKey=SUP-42&replace=true', []);
    expect(rejected.status).toBe(400);
    expect(JSON.parse(rejected.body)).toEqual({
      errorMessages: ['At least one association is required.'],
      errors: {},
    });
    expect(fake.associationsOf('SUP-42')).toHaveLength(1);
    fake.configure({ replaceWithEmpty: 'clears' });
    const cleared = await post('jiraIssueIdOrKey=SUP-42&replace=true', []);
    expect(JSON.parse(cleared.body).data).toEqual({ totalAssociations: 0 });
    expect(fake.associationsOf('SUP-42')).toEqual([]);
  });

  it('answers an empty body or a bare array when switched', async () => {
    fake.configure({ postResponse: 'empty' });
    const empty = await post('jiraIssueIdOrKey=SUP-44', [{ son: 'Case', soid: '500J80000019IF9IAM' }]);
    expect(empty.status).toBe(200);
    expect(empty.body).toBe('');
    expect(empty.headers['content-type']).toBeUndefined();
    fake.configure({ postResponse: 'array' });
    const array = await post('jiraIssueIdOrKey=SUP-44', []);
    expect(JSON.parse(array.body)).toEqual([
      {
        jiraIssueId: '11818',
        son: 'Case',
        soid: '500J80000019IF9IAM',
        viewOnly: false,
        autoPush: false,
        autoPull: false,
      },
    ]);
  });

  it('answers 400 over the per-issue limit and stores nothing (behaviour 11)', async () => {
    fake.configure({ associationLimit: 2 });
    const response = await post('jiraIssueIdOrKey=SUP-42', [
      { son: 'Case', soid: '500000000000001' },
      { son: 'Case', soid: '500000000000002' },
    ]);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      errorMessages: ['An issue can have at most 2 associations; this request would leave 3.'],
      errors: {},
    });
    expect(fake.associationsOf('SUP-42')).toEqual([seededCase]);
  });

  it('accepts exactly 1000 and refuses 1001 by default', async () => {
    const records = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        son: 'Case',
        soid: `500${String(index).padStart(12, '0')}`,
      }));
    expect((await post('jiraIssueIdOrKey=SUP-44', records(1000))).status).toBe(200);
    expect((await post('jiraIssueIdOrKey=SUP-44&replace=true', records(1001))).status).toBe(400);
    expect(fake.associationsOf('SUP-44')).toHaveLength(1000);
  });

  it('answers 403 ErrorCollection without Edit permission and stores nothing (behaviour 11)', async () => {
    const response = await post('jiraIssueIdOrKey=LOCKED-1', [{ son: 'Case', soid: '500J80000019IF9IAM' }]);
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toEqual({
      errorMessages: ['You do not have permission to edit issue LOCKED-1.'],
      errors: {},
    });
    expect(fake.associationsOf('LOCKED-1')).toEqual([]);
  });

  it.each([
    ['invalid JSON', '[{', 'The request body is not valid JSON.'],
    ['an empty body', '', 'The request body is not valid JSON.'],
    [
      'an object',
      '{"son":"Case","soid":"500J80000019IF9IAM"}',
      'The request body must be a JSON array of associations.',
    ],
    ['an item without son', '[{"soid":"500J80000019IF9IAM"}]', "Association 0: 'son' is required."],
    ['an item without soid', '[{"son":"Case"},{"son":"Case"}]', "Association 0: 'soid' is required."],
    ['a non-object item', '["500J80000019IF9IAM"]', 'Association 0 is not an object.'],
    [
      'a non-boolean flag',
      '[{"son":"Case","soid":"x","viewOnly":"yes"}]',
      "Association 0: 'viewOnly' must be true or false.",
    ],
  ])('answers 400 for %s and stores nothing (behaviour 11)', async (_name, body, message) => {
    const response = await post('jiraIssueIdOrKey=SUP-44', body);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({ errorMessages: [message], errors: {} });
    expect(fake.associationsOf('SUP-44')).toEqual([]);
  });

  it('answers 404 for an unknown issue and 400 for a missing key on POST', async () => {
    expect((await post('jiraIssueIdOrKey=NOPE-1', [])).status).toBe(404);
    expect((await post('replace=true', [])).status).toBe(400);
  });

  it.each([
    ['missing', undefined],
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
  ])(
    'fails the XSRF check for a %s content type without X-Atlassian-Token (behaviour 12)',
    async (_name, type) => {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${fake.pat}`,
        Accept: 'application/json',
      };
      if (type !== undefined) headers['Content-Type'] = type;
      const response = await post('jiraIssueIdOrKey=SUP-44', [{ son: 'Case', soid: 'x' }], headers);
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toBe('text/plain;charset=UTF-8');
      expect(response.body).toBe('XSRF check failed');
      expect(fake.associationsOf('SUP-44')).toEqual([]);
    },
  );

  it('passes the XSRF check with no-check, then refuses a non-JSON body with 415', async () => {
    const response = await post('jiraIssueIdOrKey=SUP-44', 'x', {
      Authorization: `Bearer ${fake.pat}`,
      Accept: 'application/json',
      'Content-Type': 'text/plain',
      'X-Atlassian-Token': 'no-check',
    });
    expect(response.status).toBe(415);
    expect(JSON.parse(response.body)).toEqual({ message: 'Unsupported Media Type', 'status-code': 415 });
  });

  it('accepts JSON without X-Atlassian-Token from a non-browser client', async () => {
    const response = await post('jiraIssueIdOrKey=SUP-44', [{ son: 'Case', soid: 'x' }], {
      Authorization: `Bearer ${fake.pat}`,
      Accept: 'application/json',
      'Content-Type': 'application/json; charset=utf-8',
      'User-Agent': 'sf-links/0.0.0',
    });
    expect(response.status).toBe(200);
  });

  it('fails the XSRF check for a browser User-Agent without a same-origin Origin, even with JSON (behaviour 12)', async () => {
    const browser = { ...jsonHeaders(`Bearer ${fake.pat}`), 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64)' };
    const body = [{ son: 'Case', soid: 'x' }];
    const crossOrigin = await post('jiraIssueIdOrKey=SUP-44', body, {
      ...browser,
      Origin: 'https://evil.example',
    });
    expect(crossOrigin.status).toBe(403);
    expect(crossOrigin.body).toBe('XSRF check failed');
    expect((await post('jiraIssueIdOrKey=SUP-44', body, browser)).status).toBe(403);
    const sameOrigin = await post('jiraIssueIdOrKey=SUP-44', body, {
      ...browser,
      Origin: new URL(fake.baseUrl).origin,
    });
    expect(sameOrigin.status).toBe(200);
  });

  it.each(['PUT', 'DELETE', 'PATCH'])('answers 405 to %s (behaviour 13)', async (method) => {
    const response = await sendRequest(`${fake.baseUrl}${associationsPath}?jiraIssueIdOrKey=SUP-42`, {
      method,
      headers: jsonHeaders(`Bearer ${fake.pat}`),
      body: '[]',
    });
    expect(response.status).toBe(405);
    expect(JSON.parse(response.body)).toEqual({ message: 'Method Not Allowed', 'status-code': 405 });
    expect(fake.associationsOf('SUP-42')).toEqual([seededCase]);
  });
});
