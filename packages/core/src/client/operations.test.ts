import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { SfLinksError } from '../errors/sf-links-error.js';
import type { HttpResponse } from '../http/http-types.js';
import type { FailureContext } from './failure-context.js';
import {
  type JiraUser,
  parseAddAssociationsResponse,
  parseListAssociationsResponse,
  parseMyselfResponse,
} from './operations.js';

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

// Responses of every kind: any status, content type and body, including association lists whose
// names and ids hold any text (lone surrogates too, which JSON can escape: "\ud800").
const wireAssociations = fc.array(
  fc.record(
    {
      jiraIssueId: fc.oneof(fc.string({ unit: 'binary' }), fc.integer()),
      son: fc.oneof(fc.constant('Case'), fc.string({ unit: 'binary' })),
      soid: fc.oneof(fc.constant('500J80000019IF9IAM'), fc.string({ unit: 'binary' })),
      viewOnly: fc.oneof(fc.boolean(), fc.constant(null), fc.string()),
      autoPush: fc.boolean(),
    },
    { requiredKeys: ['son', 'soid'] },
  ),
  { maxLength: 4 },
);
const anyResponse = fc.record({
  // Weighted towards a JSON success, where the parsers do the most work.
  status: fc.oneof(fc.constantFrom(200, 201, 204), fc.integer({ min: 100, max: 599 })),
  headers: fc.oneof(
    fc.constant({ 'content-type': 'application/json;charset=UTF-8' }),
    fc.record(
      { 'content-type': fc.constantFrom('application/json', 'text/html', 'text/plain', 'application/xml') },
      { requiredKeys: [] },
    ),
  ),
  body: fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.json(),
    wireAssociations.map((list) => JSON.stringify(list)),
    fc.string({ unit: 'binary' }).map((text) => JSON.stringify({ name: text, displayName: text })),
    fc.constant('[{"jiraIssueId":"1","son":"Case","soid":"500J80000019IF9IAM"},]'),
    fc.constant('[{"jiraIssueId":"1","son":"Case","soid":"500\\ud800"}]'),
    fc.constant('<html><title>Log in</title><form>password</form></html>'),
    fc.constant(''),
  ),
});
const salesforceBaseUrl = fc.constantFrom(
  'https://acme.my.salesforce.com',
  'https://acme.my.salesforce.com/x/',
);

/** Either a value or one of our typed errors (never INTERNAL, never a bare TypeError). */
function expectTypedFailure(error: unknown): void {
  expect(SfLinksError.isInstance(error), String(error)).toBe(true);
  expect((error as SfLinksError).code).not.toBe('INTERNAL');
}

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
    fc.assert(
      fc.property(anyResponse, fc.option(salesforceBaseUrl, { nil: undefined }), (candidate, base) => {
        try {
          const associations = parseListAssociationsResponse(candidate, context, base);
          expect(candidate.status).toBeGreaterThanOrEqual(200);
          expect(candidate.status).toBeLessThan(300);
          expect(candidate.headers['content-type']).toMatch(/^application\/json/);
          expect(Array.isArray(associations)).toBe(true);
        } catch (error) {
          expectTypedFailure(error);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a lone surrogate in son or soid with a Salesforce base URL is INVALID_RESPONSE, not INTERNAL', () => {
    // Regression: encodeURIComponent threw a URIError while building the record URL.
    for (const record of [
      { jiraIssueId: '1', son: 'Case', soid: '500J80000019IF9\ud800' },
      { jiraIssueId: '1', son: 'Ca\udc00se', soid: '500J80000019IF9IAM' },
    ]) {
      const response = json(200, [record]);
      for (const base of ['https://acme.my.salesforce.com', undefined]) {
        const error = (() => {
          try {
            parseListAssociationsResponse(response, context, base);
          } catch (caught) {
            return caught as SfLinksError;
          }
          throw new Error('expected a failure');
        })();
        expect(error.code).toBe('INVALID_RESPONSE');
        expect(error.message).toContain('not the expected JSON');
      }
    }
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

describe('parseMyselfResponse', () => {
  it('JiraUser is inferred from its schema and keeps its shape: name, displayName, emailAddress', () => {
    expectTypeOf<JiraUser>().toEqualTypeOf<{
      name: string;
      displayName: string | undefined;
      emailAddress: string | undefined;
    }>();
    const myselfContext = { ...context, operation: 'myself' as const, issue: undefined };
    const user = parseMyselfResponse(
      json(200, { self: 'x', key: 'JIRAUSER1', name: 'demo', displayName: 'Demo', groups: { size: 1 } }),
      myselfContext,
    );
    expect(user).toEqual({ name: 'demo', displayName: 'Demo', emailAddress: undefined });
    expect(Object.keys(user)).toEqual(['name', 'displayName', 'emailAddress']);
  });
});

describe('parsers on any response', () => {
  it('parseAddAssociationsResponse gives an answer or a typed error, never a crash', () => {
    const addContext = { ...context, operation: 'add' as const };
    fc.assert(
      fc.property(anyResponse, (candidate) => {
        try {
          const answer = parseAddAssociationsResponse(candidate, addContext);
          expect(candidate.status).toBeGreaterThanOrEqual(200);
          expect(candidate.status).toBeLessThan(300);
          expect(answer.totalAssociations === undefined || typeof answer.totalAssociations === 'number').toBe(
            true,
          );
          expect(answer.message === undefined || typeof answer.message === 'string').toBe(true);
        } catch (error) {
          expectTypedFailure(error);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('parseMyselfResponse gives a user with a name or a typed error, never a crash', () => {
    const myselfContext = { ...context, operation: 'myself' as const, issue: undefined };
    fc.assert(
      fc.property(anyResponse, (candidate) => {
        try {
          const user = parseMyselfResponse(candidate, myselfContext);
          expect(candidate.status).toBeGreaterThanOrEqual(200);
          expect(candidate.status).toBeLessThan(300);
          expect(typeof user.name).toBe('string');
        } catch (error) {
          expectTypedFailure(error);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
