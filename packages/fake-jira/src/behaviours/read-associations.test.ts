import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeJira } from '../fake-jira.js';
import { startFakeJira } from '../start-fake-jira.js';
import { associationsPath, jsonHeaders, sendRequest } from '../test-support/send-request.js';

const firstCase = {
  jiraIssueId: '11816',
  son: 'Case',
  soid: '500J80000019IF9IAM',
  viewOnly: false,
  autoPush: true,
  autoPull: true,
};

describe('GET associations', () => {
  let fake: FakeJira;
  const get = (issue: string | null, headers?: Record<string, string>) =>
    sendRequest(
      `${fake.baseUrl}${associationsPath}${issue === null ? '' : `?jiraIssueIdOrKey=${encodeURIComponent(issue)}`}`,
      { headers: headers ?? jsonHeaders(`Bearer ${fake.pat}`) },
    );

  beforeEach(async () => {
    fake = await startFakeJira();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('answers a key with a bare JSON array and the success headers (behaviour 1)', async () => {
    const response = await get('SUP-42');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json;charset=UTF-8');
    expect(response.headers['x-ausername']).toBe('demo');
    expect(response.headers['x-seraph-loginreason']).toBe('OK');
    expect(response.headers['x-arequestid']).toMatch(/^\d+x\d+x1$/);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(JSON.parse(response.body)).toEqual([firstCase]);
  });

  it('answers [] for an issue without links', async () => {
    const response = await get('SUP-44');
    expect(response.status).toBe(200);
    expect(response.body).toBe('[]');
  });

  it('answers the numeric id with the same array (behaviour 2)', async () => {
    expect(JSON.parse((await get('11816')).body)).toEqual([firstCase]);
  });

  it('returns a stored soid exactly as stored, wrong suffix included (behaviour 21)', async () => {
    expect(JSON.parse((await get('SUP-43')).body)).toEqual([
      {
        jiraIssueId: '11817',
        son: 'Case',
        soid: '500J80107019IG9ILM',
        viewOnly: false,
        autoPush: false,
        autoPull: true,
      },
    ]);
  });

  it('resolves keys whose project holds digits and underscores', async () => {
    const response = await get('SF_2-7');
    expect(response.status).toBe(200);
    expect(response.body).toBe('[]');
  });

  it('resolves a lower-case key by default, or answers 404 when switched (behaviour 4)', async () => {
    expect(JSON.parse((await get('sup-42')).body)).toEqual([firstCase]);
    fake.configure({ lowercaseKeys: 'not-found' });
    const response = await get('sup-42');
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body)).toEqual({ errorMessages: ['Issue Does Not Exist'], errors: {} });
  });

  it('resolves the old key of a moved issue without a redirect (behaviour 4)', async () => {
    const response = await get('OLDSUP-7');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual([firstCase]);
    fake.configure({ movedKeys: { 'GONE-1': 'SUP-43' } });
    expect(JSON.parse((await get('GONE-1')).body)[0].jiraIssueId).toBe('11817');
    expect((await get('OLDSUP-7')).status).toBe(404);
  });

  it('answers 404 Issue Does Not Exist for unknown and hidden issues, or 403 when switched (behaviour 8)', async () => {
    fake.seedIssue({ id: '20000', key: 'HIDDEN-1', visible: false });
    for (const issue of ['NOPE-1', '99999', 'HIDDEN-1']) {
      const response = await get(issue);
      expect(response.status).toBe(404);
      expect(JSON.parse(response.body)).toEqual({ errorMessages: ['Issue Does Not Exist'], errors: {} });
    }
    fake.configure({ hiddenIssueAnswer: 403 });
    const response = await get('HIDDEN-1');
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toEqual({
      errorMessages: ['You do not have the permission to see the specified issue.'],
      errors: {},
    });
  });

  it('answers 400 ErrorCollection for a missing or malformed jiraIssueIdOrKey (behaviour 9)', async () => {
    const missing = await get(null);
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.body)).toEqual({
      errorMessages: ["The query parameter 'jiraIssueIdOrKey' is required."],
      errors: {},
    });
    expect((await get('')).status).toBe(400);
    const malformed = await get('SUP 42');
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toEqual({
      errorMessages: [],
      errors: { jiraIssueIdOrKey: "'SUP 42' is not a valid issue id or key." },
    });
  });

  it('answers 406 in XML when Accept excludes JSON, and JSON when Accept is absent', async () => {
    const xml = await get('SUP-42', { Authorization: `Bearer ${fake.pat}`, Accept: 'text/html' });
    expect(xml.status).toBe(406);
    expect(xml.headers['content-type']).toBe('application/xml;charset=UTF-8');
    expect(xml.body).toContain(
      '<status><status-code>406</status-code><message>Not Acceptable</message></status>',
    );
    const bare = await get('SUP-42', { Authorization: `Bearer ${fake.pat}` });
    expect(bare.status).toBe(200);
    expect(JSON.parse(bare.body)).toEqual([firstCase]);
  });

  it('serves associations seeded at runtime, with jiraIssueId set to the issue id', async () => {
    fake.seedIssue({
      id: '30000',
      key: 'NEW-1',
      associations: [{ jiraIssueId: 'ignored', son: 'Account', soid: '001000000000001AAA' }],
    });
    expect(JSON.parse((await get('NEW-1')).body)).toEqual([
      {
        jiraIssueId: '30000',
        son: 'Account',
        soid: '001000000000001AAA',
        viewOnly: false,
        autoPush: false,
        autoPull: false,
      },
    ]);
  });
});
