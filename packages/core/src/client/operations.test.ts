import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SfLinksError } from '../errors/sf-links-error.js';
import type { HttpResponse } from '../http/http-types.js';
import type { FailureContext } from './failure-context.js';
import { parseAddAssociationsResponse, parseListAssociationsResponse } from './operations.js';

const context: FailureContext = {
  operation: 'list',
  host: 'jira.example.com',
  issue: 'SUP-42',
  authKind: 'pat',
  redact: (text) => text.split('s3cret').join('[redacted]'),
};
const json = (status: number, body: unknown): HttpResponse => ({
  status,
  headers: { 'content-type': 'application/json;charset=UTF-8' },
  body: JSON.stringify(body),
});

describe('parseListAssociationsResponse', () => {
  it('defaults absent flags to false, keeps extra fields out and adds the Salesforce URL', () => {
    const response = json(200, [
      { jiraIssueId: 11816, son: 'Case', soid: '500J80000019IF9IAM', extra: { x: 1 } },
    ]);
    expect(parseListAssociationsResponse(response, context, 'https://acme.my.salesforce.com')).toEqual([
      {
        jiraIssueId: '11816',
        son: 'Case',
        soid: '500J80000019IF9IAM',
        viewOnly: false,
        autoPush: false,
        autoPull: false,
        url: 'https://acme.my.salesforce.com/lightning/r/Case/500J80000019IF9IAM/view',
      },
    ]);
  });

  it.each([
    [
      'ErrorCollection',
      json(404, { errorMessages: ['Issue Does Not Exist'], errors: {} }),
      'NOT_FOUND',
      'Issue SUP-42 was not found',
    ],
    [
      'REST framework JSON',
      json(404, { message: 'null for uri: /x', 'status-code': 404 }),
      'ADDON_UNAVAILABLE',
      'Jira said: "null for uri: /x"',
    ],
    [
      'REST framework XML',
      {
        status: 403,
        headers: { 'content-type': 'application/xml' },
        body: '<status><status-code>403</status-code><message>Nope &amp; no</message></status>',
      },
      'FORBIDDEN',
      'Jira said: "Nope & no"',
    ],
    [
      'HTML page',
      {
        status: 502,
        headers: { 'content-type': 'text/html' },
        body: '<html><head><title>502 Bad Gateway</title></head></html>',
      },
      'UPSTREAM_UNAVAILABLE',
      'Jira said: "502 Bad Gateway"',
    ],
    [
      'plain text',
      { status: 403, headers: { 'content-type': 'text/plain' }, body: 'XSRF check failed' },
      'FORBIDDEN',
      'possible XSRF attack',
    ],
  ] as const)('reads the message out of a %s error body', (_shape, response, code, text) => {
    const error = (() => {
      try {
        parseListAssociationsResponse(response, context);
      } catch (caught) {
        return caught as SfLinksError;
      }
      throw new Error('expected a failure');
    })();
    expect(error.code).toBe(code);
    expect(error.message).toContain(text);
  });

  it('redacts secrets quoted back by Jira', () => {
    expect(() =>
      parseListAssociationsResponse(json(403, { errorMessages: ['token s3cret is not allowed'] }), context),
    ).toThrowError('token [redacted] is not allowed');
  });

  it('any response gives associations or a typed error, never a crash or a non-JSON success', () => {
    const response = fc.record({
      status: fc.integer({ min: 100, max: 599 }),
      headers: fc.record(
        { 'content-type': fc.constantFrom('application/json', 'text/html', 'text/plain', 'application/xml') },
        { requiredKeys: [] },
      ),
      body: fc.oneof(
        fc.string(),
        fc.json(),
        fc.constant('[{"jiraIssueId":"1","son":"Case","soid":"500J80000019IF9IAM"},]'),
        fc.constant('<html><title>Log in</title><form>password</form></html>'),
      ),
    });
    fc.assert(
      fc.property(response, (candidate) => {
        try {
          const associations = parseListAssociationsResponse(candidate, context);
          expect(candidate.status).toBeGreaterThanOrEqual(200);
          expect(candidate.status).toBeLessThan(300);
          expect(candidate.headers['content-type']).toBe('application/json');
          expect(Array.isArray(associations)).toBe(true);
        } catch (error) {
          expect(SfLinksError.isInstance(error)).toBe(true);
          expect((error as SfLinksError).code).not.toBe('INTERNAL');
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseAddAssociationsResponse', () => {
  it('accepts the Cloud-like envelope, an empty body and a bare array', () => {
    const addContext = { ...context, operation: 'add' as const };
    expect(
      parseAddAssociationsResponse(
        json(200, { data: { totalAssociations: 2 }, message: 'ok', success: true }),
        addContext,
      ),
    ).toEqual({ totalAssociations: 2, message: 'ok' });
    expect(parseAddAssociationsResponse({ status: 204, headers: {}, body: '' }, addContext)).toEqual({
      totalAssociations: undefined,
      message: undefined,
    });
    expect(
      parseAddAssociationsResponse(
        json(200, [{ jiraIssueId: '1', son: 'Case', soid: '500J80000019IF9IAM' }]),
        addContext,
      ),
    ).toEqual({ totalAssociations: 1, message: undefined });
  });

  it('an envelope that says success: false is a failure with its message', () => {
    expect(() =>
      parseAddAssociationsResponse(json(200, { message: 'Binding missing', success: false }), {
        ...context,
        operation: 'add',
      }),
    ).toThrowError(/Binding missing/);
  });
});
